/** The SDK's version, sent in the user agent (a test keeps it equal to package.json's). */
export const SDK_VERSION = '0.0.0';

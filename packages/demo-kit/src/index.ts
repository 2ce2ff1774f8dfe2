export { type EmbeddingWords, embeddingTests, type MountedDemo, untilUsersShown } from './embedding-tests.js';
export { buttonLabelled, choose, find, textOf, until } from './harness.js';

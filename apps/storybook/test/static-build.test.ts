import { describe, expect, it } from 'vitest';
import { type IndexEntry, manifestTags, readIndex } from './static-build.js';

// The static build is what designers browse: every component, beside its stories, in every state
// issue #9 names. Story names are the designers' vocabulary, so they are what is checked.

const index = readIndex();
const storiesOf = (tag: string): IndexEntry[] =>
  index.filter(
    (entry) =>
      entry.type === 'story' && entry.importPath.endsWith(`/${tag.replace(/^onramp-/, '')}.stories.ts`),
  );

const REQUIRED: Record<string, string[]> = {
  'onramp-setup-wizard': [
    'Loading',
    'LoadError',
    'Summary',
    'CallingSetup',
    'CountryOfOperation',
    'CountryConfirmation',
    'TenantTimeZone',
    'Platform',
    'Telephony',
    'Review',
    'Provisioning',
    'Completed',
    'ProvisioningFailed',
    'StepsForwardAndBack',
    'SubmitAndProvision',
    'IncompatibleLocation',
    'CountryLocked',
    'CountryRefusedByPstnAddOn',
    'Design',
  ],
  'onramp-role-editor': [
    'Loading',
    'LoadError',
    'Empty',
    'CustomerFullAdmin',
    'PartnerFullAdmin',
    'ExternalFullAdmin',
    'ExternalServiceAdmin',
    'CustomerServiceAdmin',
    'ProvisioningAdmin',
    'PartnerReadOnly',
    'CustomerReadOnly',
    'ChangeARole',
    'Design',
  ],
  'onramp-subscription-panel': [
    'Loading',
    'LoadError',
    'Trial',
    'Provisioning',
    'Provisioned',
    'ProvisionedWithErrors',
    'PendingRplReview',
    'ProvisioningError',
    'FollowsProvisioning',
    'Forbidden',
    'WithoutLicenses',
    'RplReviewDenied',
    'Design',
  ],
  'onramp-customer-onboarding': [
    'Empty',
    'ValidationErrors',
    'PrecheckPassed',
    'PrecheckRplReview',
    'ExternalIdTaken',
    'PrecheckAndSubmit',
    'ServiceDown',
    'ConnectionLost',
    'Design',
  ],
  'onramp-setup-prompt': ['AfterTrial', 'AfterOrderMapping', 'HebrewDark', 'Design'],
  'onramp-status-badge': ['Neutral', 'Info', 'Success', 'Warning', 'Danger', 'Design'],
};

describe('the static Storybook build', () => {
  const tags = manifestTags();

  it('covers exactly the custom elements of the widgets manifest', () => {
    expect(tags.length).toBeGreaterThan(0);
    expect(Object.keys(REQUIRED).sort()).toEqual([...tags].sort());
  });

  it.each(tags)('<%s> has stories beside its component and a generated Docs page', (tag) => {
    const folder = tag.replace(/^onramp-/, '');
    const stories = storiesOf(tag);
    expect(stories.length).toBeGreaterThan(0);
    for (const story of stories)
      expect(story.importPath).toBe(`../../packages/widgets/src/${folder}/${folder}.stories.ts`);
    const docs = index.filter((entry) => entry.type === 'docs' && entry.title === stories[0]?.title);
    expect(docs.map((entry) => entry.name)).toEqual(['Docs']);
  });

  it('has the page of the design language tokens (issue 22)', () => {
    const tokens = index.filter((entry) => entry.importPath.endsWith('/styles/tokens.stories.ts'));
    expect(tokens.map((entry) => `${entry.title}/${entry.name}`)).toContain('Design language/Tokens/Tokens');
  });

  it.each(Object.entries(REQUIRED))('<%s> shows every state the issue names', (tag, states) => {
    const names = storiesOf(tag).map((story) => story.exportName);
    expect(states.filter((state) => !names.includes(state))).toEqual([]);
  });
});

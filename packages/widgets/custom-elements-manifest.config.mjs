/**
 * The custom-elements manifest feeds the Storybook docs and editors' completions: it describes what
 * a user of the components may set, listen to and style. This plugin keeps it to that (issue 21):
 * - private and protected members, and static ones (`styles`, `catalogues`), are implementation,
 *   not properties to set: they are dropped, and so are the attributes the analyzer derives from
 *   `static properties` for private state (`busy: { state: true }`), which have none;
 * - "public" is the default: a member declared in `static properties` is not marked so, as one
 *   declared with a decorator was not;
 * - the message catalogues (`src/i18n/locales/`) are data, not API: their modules are dropped;
 * - citations of the repository's decision records ("(decisions/0011)") mean nothing to a reader of
 *   the docs: they are removed from the descriptions (the source comments keep them).
 */
const CITATION = /\s*\((?:see )?decisions\/\d{4}[^)]*\)/g;

function publicOnly(declaration) {
  if (!Array.isArray(declaration.members)) return;
  const internal = new Set(
    declaration.members
      .filter((member) => member.static || member.privacy === 'private' || member.privacy === 'protected')
      .map((member) => member.name),
  );
  declaration.members = declaration.members.filter((member) => !internal.has(member.name));
  for (const member of declaration.members) if (member.privacy === 'public') delete member.privacy;
  if (Array.isArray(declaration.attributes))
    declaration.attributes = declaration.attributes.filter((attribute) => !internal.has(attribute.fieldName));
}

function withoutCitations(value) {
  if (Array.isArray(value)) return value.forEach(withoutCitations);
  if (!value || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    if ((key === 'description' || key === 'summary') && typeof child === 'string')
      value[key] = child.replace(CITATION, '').replace(/decisions\/\d{4}/g, 'the design notes');
    else withoutCitations(child);
  }
}

export default {
  plugins: [
    {
      name: 'onramp-public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules = (customElementsManifest.modules ?? []).filter(
          (module) => !module.path.startsWith('src/i18n/locales/'),
        );
        for (const module of customElementsManifest.modules ?? [])
          for (const declaration of module.declarations ?? []) publicOnly(declaration);
        withoutCitations(customElementsManifest);
      },
    },
  ],
};

import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { mockFetch } from '../../test/mock-fetch.js';
import {
  BERLIN,
  button,
  chooseFile,
  mountEditor,
  reasonOf,
  root,
  rowOf,
  text,
} from '../../test/role-editor-harness.js';
import { mockClient, until } from '../../test/widget-harness.js';
import type { OnrampRoleEditor } from './role-editor.js';

const HEADER =
  'User ID/Email (Required),First Name,Last Name,Display Name,User Status,Webex Contact Center Standard,Webex Contact Center';
const ANNA = 'anna.schmidt@berlin-bakery.example.com,Anna,Schmidt,Anna Schmidt,verified';
const BEN = 'ben.weber@berlin-bakery.example.com,Ben,Weber,Ben Weber,verified';
const csv = (...rows: string[]) => `${[HEADER, ...rows].join('\r\n')}\r\n`;
const imports = (calls: Array<{ method: string; path: string }>) =>
  calls.filter((call) => call.method === 'POST' && call.path.endsWith('/users/import')).length;

async function openImport(editor: OnrampRoleEditor) {
  button(editor, 'Import from CSV').click();
  await until(
    editor,
    // The panel opens at once; its contents arrive with their code, loaded at the first opening.
    () =>
      !root(editor).querySelector<HTMLElement>('#import-panel')?.hidden &&
      !!root(editor).querySelector('#import-file'),
    'the import panel',
  );
}
const previewed = (editor: OnrampRoleEditor) =>
  !!root(editor).querySelector('#import-panel [part~="notice"]');

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.lang = 'en';
});

describe('<onramp-role-editor> CSV import (DOMAIN §2.3), against the mock in Chromium', () => {
  it('customer full admin: template, a checked preview, apply, the result and the list updated', async () => {
    const { editor, harness } = await mountEditor('customer-full-admin');
    const imported: number[] = [];
    editor.addEventListener('onramp-users-imported', (event) => imported.push(event.report.counts.changed));
    await openImport(editor);
    button(editor, 'Download the template').click();
    await until(editor, () => text(editor).includes('Template downloaded with 9 users.'), 'the template');
    expect(harness.calls.some((call) => call.path.endsWith('/users/import/template'))).toBe(true);

    chooseFile(editor, csv(`${ANNA},FALSE,TRUE`, `${BEN},FALSE,TRUE`));
    await until(editor, () => previewed(editor), 'the preview');
    expect(text(editor)).toContain('users.csv: 2 rows — 1 to change, 1 unchanged, 0 with errors.');
    expect(text(editor)).toContain(
      'Now: Webex Contact Center Standard. After: Webex Contact Center Premium.',
    );
    expect(imports(harness.calls)).toBe(1); // the dry run only
    await expectNoAxeViolations(editor);
    expect(rowOf(editor, 'Anna Schmidt')).toContain('Standard');

    button(editor, 'Apply 1 change').click();
    await until(editor, () => text(editor).includes('Done: 1 user changed.'), 'the result');
    expect(imported).toEqual([1]);
    await until(editor, () => rowOf(editor, 'Anna Schmidt').includes('Premium'), 'the list reloaded');
    await expectNoAxeViolations(editor);
  });

  it('a file whose rows break the domain rules is refused here, without sending it', async () => {
    const { editor, harness } = await mountEditor('customer-service-admin');
    await openImport(editor);
    chooseFile(editor, csv(`${ANNA},YES,`, `${BEN},TRUE,TRUE`, ',,,,,TRUE,', `${ANNA},,`));
    await until(editor, () => previewed(editor), 'the preview');
    const shown = text(editor);
    expect(shown).toContain('The file has errors and was not sent.');
    expect(shown).toContain(
      'Row 2, column “Webex Contact Center Standard”: use TRUE or FALSE, or leave it empty.',
    );
    expect(shown).toContain(
      'Row 3, column “Webex Contact Center”: a user holds one contact-center license only',
    );
    expect(shown).toContain('Row 4, column “User ID/Email (Required)”: the user e-mail is missing.');
    expect(shown).toContain(
      'Row 5, column “User ID/Email (Required)”: this user is already in an earlier row.',
    );
    expect(imports(harness.calls)).toBe(0);
    expect(button(editor, 'Apply 0 changes').disabled).toBe(true);
    await expectNoAxeViolations(editor);

    chooseFile(editor, `${HEADER},Phone\r\n${ANNA},,,+49`, 'people.csv');
    await until(editor, () => text(editor).includes('people.csv cannot be read'), 'the refusal');
    expect(text(editor)).toContain('these columns are not in the template: Phone.');
    chooseFile(editor, '');
    await until(editor, () => text(editor).includes('the file is empty.'), 'the empty file');
    expect(imports(harness.calls)).toBe(0);
    await expectNoAxeViolations(editor);
  });

  it("the server's dry run adds what only it knows; a bad file changes nothing", async () => {
    const { editor, harness } = await mountEditor('customer-full-admin');
    const before = harness.app.store.snapshot();
    await openImport(editor);
    chooseFile(
      editor,
      csv(
        'anna.schmidt@berlin-bakery.example.com,Anne,Schmidt,Anna Schmidt,verified,FALSE,TRUE',
        'nobody@berlin-bakery.example.com,,,,,TRUE,FALSE',
        `${BEN},TRUE,FALSE`,
      ),
    );
    await until(editor, () => previewed(editor), 'the preview');
    expect(text(editor)).toContain(
      'Row 2, column “First Name”: only the two contact-center columns may change',
    );
    expect(text(editor)).toContain(
      'Row 3, column “User ID/Email (Required)”: no user of this organization has this e-mail.',
    );
    expect(text(editor)).toContain('Some rows have errors');
    expect(button(editor, 'Apply 1 change').disabled).toBe(true);
    expect(harness.app.store.snapshot()).toBe(before);

    // A valid preview, then someone renames Anna before it is applied: the server refuses it whole.
    chooseFile(editor, csv(`${ANNA},FALSE,TRUE`, `${BEN},TRUE,FALSE`));
    await until(editor, () => text(editor).includes('2 to change'), 'the second preview');
    const anna = [...harness.app.store.directory.users.values()].find((user) => user.firstName === 'Anna');
    if (!anna) throw new Error('Anna is seeded');
    harness.app.store.directory.putUser({ ...anna, firstName: 'Annette', version: anna.version + 1 });
    const renamed = harness.app.store.snapshot();
    button(editor, 'Apply 2 changes').click();
    await until(
      editor,
      () => text(editor).includes('The file was not applied; nothing was changed.'),
      'the refusal',
    );
    expect(text(editor)).toContain('Row 2, column “First Name”');
    expect(harness.app.store.snapshot()).toBe(renamed);
    expect(rowOf(editor, 'Ben Weber')).toContain('Premium');
    await expectNoAxeViolations(editor);
  });

  it('takes a dropped file, and tells when someone changed a license between preview and apply', async () => {
    const { editor, harness } = await mountEditor('customer-service-admin');
    await openImport(editor);
    const zone = root(editor).querySelector('[part="dropzone"]') as HTMLElement;
    const dropped = new DataTransfer();
    dropped.items.add(new File([csv(`${ANNA},FALSE,TRUE`, `${BEN},FALSE,TRUE`)], 'dropped.csv'));
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dropped, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dropped, bubbles: true, cancelable: true }));
    await until(
      editor,
      () => text(editor).includes('dropped.csv: 2 rows — 1 to change, 1 unchanged'),
      'the preview',
    );
    // Another admin takes Ben's license away before this one applies the file.
    const other = mockClient('customer-full-admin', harness).raw;
    const ben = harness.app.store.directory.userByEmail('ben.weber@berlin-bakery.example.com');
    await other.PUT('/organizations/{orgId}/users/{userId}/license', {
      params: { path: { orgId: BERLIN, userId: ben?.id ?? '' } },
      body: { license: null },
    });
    button(editor, 'Apply 1 change').click();
    await until(editor, () => text(editor).includes('Done: 2 users changed.'), 'the result');
    expect(text(editor)).toContain(
      "Someone else changed the license of these users after your preview; the file's values were applied: ben.weber@berlin-bakery.example.com.",
    );
    await expectNoAxeViolations(editor);
  });

  it('each actor of DOMAIN §2.1: who may import, and why not', async () => {
    for (const [token, allowed, why] of [
      ['customer-full-admin', true, ''],
      ['customer-service-admin', true, ''],
      ['external-service-admin', true, ''],
      ['partner-full-admin', true, ''],
      ['partner-read-only-admin', false, 'Read-only admins can view but cannot change anything.'],
      ['partner-provisioning-admin', false, 'Your admin role does not allow this.'],
    ] as const) {
      const { editor } = await mountEditor(token, { harness: mockFetch() });
      const importButton = button(editor, 'Import from CSV');
      expect([token, importButton.disabled]).toEqual([token, !allowed]);
      if (!allowed) expect(reasonOf(editor, importButton)).toBe(why);
      editor.remove();
    }
  });

  it('Hebrew, right to left: the preview and its row errors in Hebrew, axe clean', async () => {
    const { editor } = await mountEditor('customer-full-admin', { lang: 'he' });
    await until(editor, () => text(editor).includes('ייבוא מ-CSV'), 'the Hebrew catalogue');
    button(editor, 'ייבוא מ-CSV').click();
    await until(editor, () => !!root(editor).querySelector('#import-file'), 'the import panel');
    chooseFile(editor, csv(`${ANNA},YES,`));
    await until(editor, () => previewed(editor), 'the preview');
    expect(root(editor).querySelector('section')?.getAttribute('dir')).toBe('rtl');
    expect(text(editor)).toContain('שורה 2, עמודה „Webex Contact Center Standard”: יש לרשום TRUE או FALSE');
    expect(text(editor)).toContain('בקובץ עצמו יש שגיאות');
    const panel = root(editor).querySelector('#import-panel') as HTMLElement;
    expect(getComputedStyle(panel).direction).toBe('rtl');
    await expectNoAxeViolations(editor);
  });
});

describe('<onramp-role-editor> CSV import on real files (issue 21)', () => {
  /** The element with the keyboard focus, inside the editor's shadow root too. */
  const focused = (editor: OnrampRoleEditor) => root(editor).activeElement ?? document.activeElement;

  it('reads a semicolon-separated file (Excel in most of Europe) as the comma one, the focus on the outcome', async () => {
    const { editor } = await mountEditor('customer-full-admin');
    await openImport(editor);
    const semicolons = csv(`${ANNA},FALSE,TRUE`, `${BEN},FALSE,TRUE`).replaceAll(',', ';');
    root(editor).querySelector<HTMLInputElement>('#import-file')!.focus();
    chooseFile(editor, semicolons);
    await until(editor, () => previewed(editor), 'the preview', 6000);
    expect(text(editor)).toContain('users.csv: 2 rows — 1 to change, 1 unchanged, 0 with errors.');
    // The file input was disabled while checking: the keyboard is on what the check said, not the page.
    expect(focused(editor)).toBe(root(editor).querySelector('#import-panel [data-outcome]'));
    expect(focused(editor)?.textContent?.trim()).toBe(
      'The file is valid. Check the changes, then apply them.',
    );

    const apply = button(editor, 'Apply 1 change');
    apply.focus();
    apply.click();
    await until(editor, () => text(editor).includes('Done: 1 user changed.'), 'the result', 6000);
    expect(focused(editor)?.textContent?.trim()).toBe('Done: 1 user changed.');
    expect(document.activeElement).toBe(editor);
    await expectNoAxeViolations(editor);
  });

  it('says a binary file is not a CSV text file, and formats the counts for the reader', async () => {
    const { editor } = await mountEditor('customer-full-admin');
    await openImport(editor);
    chooseFile(editor, 'PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml', 'users.xlsx');
    await until(editor, () => previewed(editor), 'the refusal', 6000);
    expect(text(editor)).toContain(
      'users.xlsx cannot be read as the users template: it is not a CSV text file',
    );

    const many = Array.from({ length: 1200 }, (_, i) => `nobody${i}@elsewhere.example.com,,,,,TRUE,`);
    chooseFile(editor, csv(...many));
    await until(editor, () => text(editor).includes('1,200 rows'), 'the preview of 1,200 rows', 6000);
    expect(text(editor)).toContain('users.csv: 1,200 rows — 0 to change, 0 unchanged, 1,200 with errors.');
  });
});

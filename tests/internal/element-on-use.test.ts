import { expect } from '@open-wc/testing';
import { defineOnUse, useElement } from '../../src/internal/element-on-use.js';
import { captureConsole, until } from '../helpers/index.js';

describe('defineOnUse and useElement', () => {
  it('loads a deferred element on its first use only', async () => {
    let loads = 0;
    defineOnUse('seminar-test-on-use', async () => {
      loads += 1;
      customElements.define('seminar-test-on-use', class extends HTMLElement {});
    });
    expect(loads).to.equal(0);
    useElement('seminar-test-on-use');
    useElement('seminar-test-on-use');
    await customElements.whenDefined('seminar-test-on-use');
    expect(loads).to.equal(1);
  });

  it('does nothing for a tag no bundle deferred', () => {
    expect(() => useElement('seminar-test-never-deferred')).not.to.throw();
    expect(customElements.get('seminar-test-never-deferred')).to.equal(undefined);
  });

  it('says in the console when the deferred element cannot be loaded', async () => {
    defineOnUse('seminar-test-offline', () => Promise.reject(new Error('offline')));
    const console = captureConsole();
    try {
      useElement('seminar-test-offline');
      const warning = await until(() => console.warnings[0]);
      expect(warning).to.equal('[seminar-agenda] <seminar-test-offline> could not be loaded (offline); its content is shown without it.');
    } finally {
      console.restore();
    }
  });
});

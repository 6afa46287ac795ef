import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineOnce } from '../../src/internal/define-once.js';
import { VERSION } from '../../src/internal/version.js';
import { captureConsole } from '../helpers/index.js';

describe('defineOnce', () => {
  it('defines a tag once and warns once, without throwing, when another copy defines tags again', async () => {
    class First extends LitElement {
      static version = '9.9.9';
    }
    class Second extends LitElement {}
    const console = captureConsole();
    try {
      defineOnce('seminar-test-once', First);
      defineOnce('seminar-test-once', First);
      expect(console.warnings).to.have.length(0);
      defineOnce('seminar-test-twice', class extends First {});
      defineOnce('seminar-test-once', Second);
      defineOnce('seminar-test-twice', class extends LitElement {});
      await Promise.resolve();
    } finally {
      console.restore();
    }
    expect(customElements.get('seminar-test-once')).to.equal(First);
    expect(console.warnings).to.deep.equal([
      `[seminar-agenda] <seminar-test-once>, <seminar-test-twice> already defined by version 9.9.9; version ${VERSION} was skipped.`,
    ]);
  });

  it('keeps VERSION in step with package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});

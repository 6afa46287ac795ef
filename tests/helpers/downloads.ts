/** A file the page handed to the browser to save: its name and contents. */
export interface Download {
  name: string;
  blob: Blob;
}

/**
 * Catches the files the page downloads (an object URL clicked on an `<a download>`) in the tests of
 * the enclosing describe block: the list is emptied before each test, and the browser's own
 * functions come back after it.
 */
export function catchDownloads(): Download[] {
  const downloads: Download[] = [];
  const { createObjectURL } = URL;
  const { click } = HTMLAnchorElement.prototype;
  beforeEach(() => {
    downloads.length = 0;
    const blobs = new Map<string, Blob>();
    URL.createObjectURL = (blob: Blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push({ name: this.download, blob: blobs.get(this.href)! });
    };
  });
  afterEach(() => {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
  });
  return downloads;
}

// The QR encoder of the printed handout, alone in a chunk of the CDN bundle that only a page that
// prints fetches (controllers/handout.ts); named here so the chunk is called after what it does.
export { encode } from 'uqr';

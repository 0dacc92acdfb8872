#!/usr/bin/env node
// The `trust-badges` command: the file npm links as the bin. It is in the repository, not
// written by the build, so npm links it on `npm ci` before the first build, and
// `npx trust-badges …` in this repository runs cli/dist/ once `npm run build:cli` has written it.
import '../dist/trust-badges.js';

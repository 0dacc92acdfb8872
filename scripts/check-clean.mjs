// The last step of CI: a test run must leave the working tree as the clone had it. Fails,
// listing the files, when `git status --porcelain` is not empty: a tracked file the build or
// the tests rewrote (README hashes, custom-elements.json, XLIFF, generated locales), or a
// file they wrote that .gitignore does not cover.
import { execFileSync } from 'node:child_process';

const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { encoding: 'utf8' }).trimEnd();
if (status) {
  console.error('The build or the tests changed the working tree; commit the regenerated files or fix the step that wrote them:');
  console.error(status.split('\n').map((line) => `  ${line}`).join('\n'));
  process.exit(1);
}
console.log('working tree clean: the build and the tests changed no file');

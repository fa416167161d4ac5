'use strict';
/**
 * What dist/emitted-sources.json (scripts/record-emitted-sources.js) says about the build in dist/: which source
 * text each built file was emitted from, and whether the whole build is that of the sources as they are now.
 */
const { createHash } = require('crypto');
const { readFileSync } = require('fs');
const { join } = require('path');

const sha1 = (text) => createHash('sha1').update(text).digest('hex');

/** The manifest of `<root>/dist`: source path (with `/`) → SHA-1 of the text it was built from; {} without one. */
function readManifest(root) {
  try {
    const manifest = JSON.parse(readFileSync(join(root, 'dist', 'emitted-sources.json'), 'utf8'));
    return manifest && typeof manifest === 'object' && !Array.isArray(manifest) ? manifest : {};
  } catch {
    return {};
  }
}

/**
 * Whether the build in `<root>/dist` was made from the sources as they are now: it has a manifest, and every
 * source it names still has the text it was built from. (A source added since imports nothing into the build
 * unless a built source changed to import it, and that one's text no longer matches.)
 */
function builtFromCurrentSources(root) {
  const entries = Object.entries(readManifest(root));
  if (entries.length === 0) return false;
  return entries.every(([source, hash]) => {
    try {
      return sha1(readFileSync(join(root, source), 'utf8')) === hash;
    } catch {
      return false;
    }
  });
}

module.exports = { readManifest, builtFromCurrentSources, sha1 };

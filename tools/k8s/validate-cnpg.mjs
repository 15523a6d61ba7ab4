// Validates CloudNativePG objects (postgresql.cnpg.io/v1) against the schemas of @kubernetes-models/cloudnative-pg,
// generated from CloudNativePG's API types. Usage: node validate-cnpg.mjs <objects.json> (a JSON array of objects).
// Prints one line per violation, "<apiVersion> <kind> <name>: <what>", and exits 1 if there is any, 2 on bad input.
//
// The package's validators check types, required fields, enums and patterns but let unknown fields through (its
// schemas do not set additionalProperties: false). Unknown fields are found by watching what the validator reads:
// an object whose fields it looks up is a typed struct, and a field it never looked up is unknown; an object whose
// keys it enumerates is a map (any key allowed); an object it never looks into is free-form, as a CRD's
// x-kubernetes-preserve-unknown-fields. Where a schema offers alternatives (anyOf), a field any of them reads is known.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const file = process.argv[2];
if (!file) {
  console.error('usage: node validate-cnpg.mjs <objects.json>');
  process.exit(2);
}
const objects = JSON.parse(readFileSync(file, 'utf8'));
if (!Array.isArray(objects)) {
  console.error(`${file}: not a JSON array of objects`);
  process.exit(2);
}
const { version } = createRequire(import.meta.url)('@kubernetes-models/cloudnative-pg/package.json');

// The model class of a kind of the group (loaded alone: the whole API's index takes a second to load)
async function model(apiVersion, kind) {
  const [group, groupVersion] = String(apiVersion).split('/');
  if (group !== 'postgresql.cnpg.io' || !/^v[0-9a-z]+$/.test(groupVersion) || !/^[A-Z][A-Za-z]*$/.test(kind)) return undefined;
  try {
    const m = (await import(`@kubernetes-models/cloudnative-pg/${group}/${groupVersion}/${kind}`))[kind];
    return m?.apiVersion === apiVersion && m?.kind === kind ? m : undefined;
  } catch (e) {
    if (e.code === 'ERR_MODULE_NOT_FOUND' || e.code === 'ERR_PACKAGE_PATH_NOT_EXPORTED') return undefined;
    throw e;
  }
}

/** The value wrapped so that every object in it records which of its fields are read and whether its keys are listed. */
function watched(value, path, seen) {
  if (value === null || typeof value !== 'object') return value;
  const node = { path, value, read: new Set(), listed: false };
  if (!Array.isArray(value)) seen.push(node);
  const children = new Map();
  return new Proxy(value, {
    get(target, key, receiver) {
      if (typeof key !== 'string') return Reflect.get(target, key, receiver);
      node.read.add(key);
      if (!Object.hasOwn(target, key)) return Reflect.get(target, key, receiver);
      if (!children.has(key)) children.set(key, watched(target[key], Array.isArray(target) ? `${path}[${key}]` : `${path}.${key}`, seen));
      return children.get(key);
    },
    has(target, key) {
      node.read.add(key);
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      node.listed = true;
      return Reflect.ownKeys(target);
    },
  });
}

let violations = 0;
const report = (id, what) => {
  violations++;
  console.log(`${id}: ${what}`);
};

for (const object of objects) {
  const id = `${object?.apiVersion} ${object?.kind} ${object?.metadata?.name ?? '?'}`;
  const kindModel = await model(object?.apiVersion, object?.kind);
  if (!kindModel) {
    report(id, `no schema for apiVersion ${object?.apiVersion} kind ${object?.kind} in @kubernetes-models/cloudnative-pg ${version}`);
    continue;
  }
  const seen = [];
  try {
    kindModel.prototype.validate.call(watched(object, '', seen));
  } catch (e) {
    for (const err of e.errors ?? []) report(id, `${err.instancePath || '/'} ${err.message}`);
    if (!e.errors) throw e;
  }
  for (const node of seen) {
    if (node.listed || node.read.size === 0) continue;
    for (const key of Object.keys(node.value)) {
      if (!node.read.has(key)) report(id, `${node.path}.${key}: unknown field`);
    }
  }
}

if (violations > 0) process.exit(1);
console.error(`${objects.length} object(s) valid against @kubernetes-models/cloudnative-pg ${version}`);

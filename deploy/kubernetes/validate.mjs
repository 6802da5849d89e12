// Validates every manifest in this folder offline (make test runs it; `npm ci && node validate.mjs` by hand):
//  1. each object against its schema: Kubernetes' own and CloudNativePG's (kubernetes-models), the Keycloak
//     operator's CRDs (crds/, with unknown fields refused);
//  2. unknown fields in the Kubernetes and CloudNativePG objects, by TypeScript's excess property checks against the
//     same models' types (a misspelt "readinessProbe" passes a schema that allows extra fields, not this);
//  3. Karta's rules: the backend runs at least two replicas with readiness and liveness on /q/health, every container
//     has resources, a PodDisruptionBudget and a HorizontalPodAutoscaler cover the backend, and no password or
//     secret is written in a manifest (only secretKeyRef; the example Secret holds CHANGE-ME).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import yaml from 'js-yaml';

const here = dirname(fileURLToPath(import.meta.url));
const problems = [];
const problem = (where, what) => problems.push(`${where}: ${what}`);

const MODELS = {
  v1: 'kubernetes-models/v1',
  'apps/v1': 'kubernetes-models/apps/v1',
  'policy/v1': 'kubernetes-models/policy/v1',
  'autoscaling/v2': 'kubernetes-models/autoscaling/v2',
  'networking.k8s.io/v1': 'kubernetes-models/networking.k8s.io/v1',
  'postgresql.cnpg.io/v1': '@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1',
};

const files = readdirSync(here)
  .filter((f) => /\.(ya?ml|json)$/.test(f) && !f.startsWith('package'))
  .sort();
const objects = files.flatMap((file) =>
  yaml
    .loadAll(readFileSync(join(here, file), 'utf8'))
    .filter(Boolean)
    .map((doc, i) => ({ file, doc, where: `${file} #${i + 1} ${doc.kind ?? '?'}/${doc.metadata?.name ?? '?'}` })),
);

// --- 1. schemas -----------------------------------------------------------------------------------------------
/** A CRD's schema with unknown fields refused wherever it lists the fields (as the API server's pruning would). */
function closed(schema) {
  if (!schema || typeof schema !== 'object') return schema;
  const out = Array.isArray(schema) ? schema.map(closed) : {};
  if (Array.isArray(schema)) return out;
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith('x-kubernetes-')) continue;
    out[key] = key === 'properties' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, closed(v)])) : closed(value);
  }
  if (schema.properties && schema.additionalProperties === undefined && !schema['x-kubernetes-preserve-unknown-fields']) {
    out.additionalProperties = false;
  }
  return out;
}
const crds = readdirSync(join(here, 'crds'))
  .filter((f) => /\.ya?ml$/.test(f))
  .flatMap((f) => yaml.loadAll(readFileSync(join(here, 'crds', f), 'utf8')).filter(Boolean));
const ajv = new Ajv({ strict: false, allErrors: true });
const crdValidators = {};
for (const crd of crds) {
  for (const version of crd.spec.versions) {
    const schema = closed(version.schema.openAPIV3Schema);
    schema.properties = { ...schema.properties, apiVersion: { type: 'string' }, kind: { type: 'string' }, metadata: { type: 'object' } };
    crdValidators[`${crd.spec.group}/${version.name}/${crd.spec.names.kind}`] = ajv.compile(schema);
  }
}

const counts = { kubernetes: 0, cnpg: 0, crd: 0 };
for (const { doc, where } of objects) {
  const crd = crdValidators[`${doc.apiVersion}/${doc.kind}`];
  if (crd) {
    if (!crd(doc)) problem(where, ajv.errorsText(crd.errors, { separator: '; ' }));
    counts.crd += 1;
    continue;
  }
  const module = MODELS[doc.apiVersion];
  if (!module) {
    problem(where, `no schema known for ${doc.apiVersion}`);
    continue;
  }
  const Model = (await import(module))[doc.kind];
  if (!Model) {
    problem(where, `${doc.apiVersion} has no kind ${doc.kind}`);
    continue;
  }
  try {
    new Model(doc).validate();
  } catch (e) {
    problem(where, e.message);
  }
  counts[doc.apiVersion.startsWith('postgresql.cnpg.io') ? 'cnpg' : 'kubernetes'] += 1;
}

// --- 2. unknown fields ----------------------------------------------------------------------------------------
const typed = objects.filter(({ doc }) => MODELS[doc.apiVersion]);
// beside node_modules, so that the types resolve
const dir = join(here, '.check');
mkdirSync(dir, { recursive: true });
const source = typed
  .map(({ doc, where }, i) => {
    const module = `${MODELS[doc.apiVersion]}/${doc.kind}`;
    return `import type { I${doc.kind} as T${i} } from '${module}';\n// ${where}\nexport const o${i}: T${i} = ${JSON.stringify(doc, null, 2)};\n`;
  })
  .join('\n');
writeFileSync(join(dir, 'manifests.ts'), source);
try {
  execFileSync(
    process.execPath,
    [
      join(here, 'node_modules', 'typescript', 'bin', 'tsc'),
      '--noEmit',
      '--strict',
      '--skipLibCheck',
      '--module',
      'commonjs',
      '--moduleResolution',
      'node10',
      join(dir, 'manifests.ts'),
    ],
    { cwd: here, encoding: 'utf8', env: { ...process.env, NODE_PATH: join(here, 'node_modules') } },
  );
} catch (e) {
  const lines = `${e.stdout ?? ''}${e.stderr ?? ''}`.split('\n').filter((l) => l.includes('error TS'));
  for (const line of lines.slice(0, 20)) problem('unknown or mistyped field', line.replace(/^.*manifests\.ts/, 'manifests.ts'));
  if (lines.length === 0) problem('tsc', `${e.message}`);
}
rmSync(dir, { recursive: true, force: true });

// --- 3. Karta's rules -----------------------------------------------------------------------------------------
const of = (kind) => objects.filter(({ doc }) => doc.kind === kind);
const backend = of('Deployment').find(({ doc }) => doc.metadata.name === 'karta-backend');
if (!backend) problem('backend.yaml', 'no Deployment karta-backend');
for (const { doc, where } of of('Deployment')) {
  const backendLike = doc.metadata.name === 'karta-backend';
  if (backendLike && !(doc.spec.replicas >= 2)) problem(where, 'the backend runs at least two replicas');
  for (const c of doc.spec.template.spec.containers) {
    if (!c.readinessProbe || !c.livenessProbe) problem(where, `container ${c.name} needs readiness and liveness probes`);
    if (backendLike && c.readinessProbe?.httpGet?.path !== '/q/health/ready') problem(where, 'readiness on /q/health/ready');
    if (backendLike && c.livenessProbe?.httpGet?.path !== '/q/health/live') problem(where, 'liveness on /q/health/live');
    if (!c.resources?.requests || !c.resources?.limits?.memory) problem(where, `container ${c.name} needs requests and a memory limit`);
    for (const e of c.env ?? []) {
      if (/PASSWORD|SECRET/i.test(e.name) && e.value !== undefined) problem(where, `${e.name} is written in the manifest: use secretKeyRef`);
    }
  }
}
for (const { doc, where } of of('ConfigMap')) {
  for (const [key, value] of Object.entries(doc.data ?? {})) {
    if (/PASSWORD|SECRET/i.test(key)) problem(where, `${key} belongs in a Secret`);
    if (/password=|secret=/i.test(value)) problem(where, `${key} holds a credential`);
  }
}
for (const { doc, where, file } of of('Secret')) {
  if (file !== 'secrets.example.yaml') problem(where, 'Secrets are made from your values, not kept here');
  for (const [key, value] of Object.entries(doc.stringData ?? {})) {
    if (/secret|password|user/i.test(key) && value !== 'CHANGE-ME') problem(where, `${key} must stay CHANGE-ME in the example`);
  }
}
const labels = backend?.doc.spec.template.metadata.labels ?? {};
const covers = (selector) => Object.entries(selector?.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
if (!of('PodDisruptionBudget').some(({ doc }) => covers(doc.spec.selector))) problem('backend.yaml', 'no PodDisruptionBudget covers the backend');
if (!of('HorizontalPodAutoscaler').some(({ doc }) => doc.spec.scaleTargetRef.name === 'karta-backend' && doc.spec.minReplicas >= 2)) {
  problem('backend.yaml', 'no HorizontalPodAutoscaler keeps at least two backend replicas');
}
for (const kind of ['Cluster', 'Keycloak', 'KeycloakRealmImport', 'Ingress']) {
  if (of(kind).length === 0) problem('manifests', `no ${kind}`);
}

if (problems.length > 0) {
  for (const p of problems) console.error(`kubernetes: ${p}`);
  console.error(`kubernetes: ${problems.length} problems in ${objects.length} objects`);
  process.exit(1);
}
console.log(
  `kubernetes: ${objects.length} objects in ${files.length} files valid (${counts.kubernetes} by the Kubernetes schemas, ` +
    `${counts.cnpg} by CloudNativePG's, ${counts.crd} by the Keycloak operator's CRDs; no unknown field); Karta's rules hold`,
);

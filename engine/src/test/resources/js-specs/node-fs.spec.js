// node:fs over the real host bridge, in a fresh temp directory per spec.
const fs = requireInternal('node/fs');
const os = requireInternal('node/os');
const host = requireInternal('internal/host');

function tmp() {
  return fs.mkdtempSync(os.tmpdir() + '/tempo-fs-');
}

spec('bridge: tmpdir, mkdtemp, error records', () => {
  const t = host.fs.tmpdir();
  ok(typeof t === 'string' && t.startsWith('/') && !t.endsWith('/'), t);
  const d = host.fs.mkdtemp(t + '/tempo-bridge-');
  ok(d.startsWith(t + '/tempo-bridge-') && d.length === (t + '/tempo-bridge-').length + 6, d);
  eq(host.fs.exists(d), true);
  const r = host.fs.readText(d + '/missing');
  eq(r.$err, 'ENOENT');
  eq(host.fs.readText(d).$err, 'EISDIR');
  host.fs.rm(d, true);
  eq(host.fs.exists(d), false);
});

spec('fs: write/read text and bytes, append, exists', () => {
  const d = tmp();
  const f = d + '/a.txt';
  fs.writeFileSync(f, 'h\u00e9llo');
  eq(fs.readFileSync(f, 'utf8'), 'h\u00e9llo');
  eq(fs.readFileSync(f, { encoding: 'hex' }), '68c3a96c6c6f');
  const buf = fs.readFileSync(f);
  ok(buf instanceof Uint8Array && buf.constructor.name === 'Buffer');
  eq(buf.length, 6);
  fs.appendFileSync(f, '!');
  eq(fs.readFileSync(f, 'utf8'), 'h\u00e9llo!');
  fs.writeFileSync(d + '/b.bin', new Uint8Array([0, 255, 128]));
  eq(Array.from(fs.readFileSync(d + '/b.bin')), [0, 255, 128]);
  eq([fs.existsSync(f), fs.existsSync(d + '/nope')], [true, false]);
  fs.rmSync(d, { recursive: true });
  eq(fs.existsSync(d), false);
});

spec('fs: ENOENT error shape', () => {
  const e = throws(() => fs.readFileSync('/definitely/not/here.txt'), "ENOENT: no such file or directory, open '/definitely/not/here.txt'");
  eq([e.code, e.errno, e.syscall, e.path], ['ENOENT', -2, 'open', '/definitely/not/here.txt']);
  const s = throws(() => fs.statSync('/nope-x'), "ENOENT: no such file or directory, stat '/nope-x'");
  eq(s.syscall, 'stat');
  eq(fs.statSync('/nope-x', { throwIfNoEntry: false }), undefined);
});

spec('fs: stat, readdir withFileTypes, mkdir recursive, rename, copy, unlink, rmdir', () => {
  const d = tmp();
  const first = fs.mkdirSync(d + '/x/y/z', { recursive: true });
  eq(first, d + '/x');
  eq(fs.mkdirSync(d + '/x/y/z', { recursive: true }), undefined);
  const ex = throws(() => fs.mkdirSync(d + '/x'), 'EEXIST: file already exists, mkdir');
  eq(ex.code, 'EEXIST');
  fs.writeFileSync(d + '/x/f.txt', 'abc');
  const st = fs.statSync(d + '/x/f.txt');
  eq([st.isFile(), st.isDirectory(), st.isSymbolicLink(), st.size], [true, false, false, 3]);
  ok(st.mtime instanceof Date && st.mtimeMs > 0);
  eq((st.mode & 0o170000).toString(8), '100000');
  ok(fs.statSync(d + '/x').isDirectory());
  eq(fs.readdirSync(d + '/x'), ['f.txt', 'y']);
  const ents = fs.readdirSync(d + '/x', { withFileTypes: true });
  eq(ents.map((e) => [e.name, e.isFile(), e.isDirectory()]), [['f.txt', true, false], ['y', false, true]]);
  eq(fs.readdirSync(d + '/x', { recursive: true }), ['f.txt', 'y', 'y/z']);
  fs.renameSync(d + '/x/f.txt', d + '/g.txt');
  fs.copyFileSync(d + '/g.txt', d + '/h.txt');
  eq(fs.readFileSync(d + '/h.txt', 'utf8'), 'abc');
  throws(() => fs.copyFileSync(d + '/g.txt', d + '/h.txt', fs.constants.COPYFILE_EXCL), 'EEXIST');
  fs.unlinkSync(d + '/h.txt');
  eq(fs.existsSync(d + '/h.txt'), false);
  throws(() => fs.rmdirSync(d + '/x'), 'ENOTEMPTY: directory not empty, rmdir');
  const isdir = throws(() => fs.rmSync(d + '/x'), 'Path is a directory');
  eq(isdir.code, 'ERR_FS_EISDIR');
  fs.rmSync(d + '/nope', { force: true });
  eq(fs.realpathSync(d + '/x/../g.txt'), fs.realpathSync(d) + '/g.txt');
  fs.accessSync(d + '/g.txt', fs.constants.R_OK);
  throws(() => fs.accessSync(d + '/zz'), "ENOENT: no such file or directory, access '");
  const re = throws(() => fs.renameSync(d + '/zz', d + '/yy'), 'rename');
  ok(re.message.includes("' -> '"), re.message);
  fs.rmSync(d, { recursive: true, force: true });
});

spec('fs: callbacks and promises', async () => {
  const d = tmp();
  await new Promise((resolve, reject) => fs.writeFile(d + '/c.txt', 'cb', (e) => (e ? reject(e) : resolve())));
  const text = await new Promise((resolve, reject) => fs.readFile(d + '/c.txt', 'utf8', (e, v) => (e ? reject(e) : resolve(v))));
  eq(text, 'cb');
  const err = await new Promise((resolve) => fs.readFile(d + '/none', (e) => resolve(e)));
  eq(err.code, 'ENOENT');
  const fsp = requireInternal('node/fs/promises');
  ok(fs.promises === fsp);
  await fsp.writeFile(d + '/p.txt', 'prom');
  eq(await fsp.readFile(d + '/p.txt', 'utf8'), 'prom');
  eq((await fsp.stat(d + '/p.txt')).size, 4);
  let rejected;
  try { await fsp.readFile(d + '/none'); } catch (e) { rejected = e; }
  eq(rejected.code, 'ENOENT');
  await fsp.rm(d, { recursive: true });
  eq(fs.existsSync(d), false);
});

spec('os: facts from the host', () => {
  eq(os.EOL, '\n');
  ok(['linux', 'darwin'].includes(os.platform()));
  ok(['x64', 'arm64'].includes(os.arch()));
  ok(os.cpus().length >= 1);
  ok(os.totalmem() > 0 && os.freemem() > 0);
  ok(typeof os.hostname() === 'string' && os.hostname().length > 0);
  ok(os.homedir().startsWith('/'));
  const u = os.userInfo();
  ok(typeof u.username === 'string' && typeof u.uid === 'number');
});

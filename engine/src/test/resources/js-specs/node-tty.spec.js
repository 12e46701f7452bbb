// node:tty under tempo: no descriptor is a terminal (the runner takes the output), as process.stdout.isTTY says.
const tty = requireInternal('node/tty');

spec('isatty is false; the stream classes exist for instanceof and report a terminal they were told of', () => {
  eq([tty.isatty(0), tty.isatty(1), tty.isatty(2), tty.isatty(-1)], [false, false, false, false]);
  const w = new tty.WriteStream(1);
  eq([w.isTTY, w.getWindowSize(), w.hasColors(), w.getColorDepth()], [true, [80, 24], false, 1]);
  const r = new tty.ReadStream(0);
  eq([r.isTTY, r.setRawMode(true).isRaw], [true, true]);
});

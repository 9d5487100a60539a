import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('the command-line shell', () => {
  it('prints help and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: c21lab');
    expect(r.stdout).toContain('validate');
  });
  it('prints the package version', async () => {
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
  it('exits 2 on an unknown option or command, with a suggestion', async () => {
    const option = await runCli(['--bogus']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("unknown option '--bogus'");
    const command = await runCli(['validat']);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('unknown command \'validat\'; did you mean "validate"?'); // the one wording (issue 9)
  });
  it('refuses `help` of a command that does not exist as it refuses the command, not with the whole help', async () => {
    const typo = await runCli(['help', 'validat']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe('c21lab: unknown command \'validat\'; did you mean "validate"?\n');
    const fr = await runCli(['--lang', 'fr', 'help', 'nope']);
    expect(fr.code).toBe(2);
    expect(fr.stderr).toBe('c21lab: commande inconnue « nope »\n');
    expect(fr.stdout).toBe('');
    const flag = await runCli(['validat', '--help']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toBe('c21lab: unknown command \'validat\'; did you mean "validate"?\n');
    const known = await runCli(['help', 'set']);
    expect(known.code).toBe(0);
    expect(known.stdout).toMatch(/^Usage: c21lab set /);
  });
  it('speaks French and Spanish in help and errors, from --lang or LANG', async () => {
    const fr = await runCli(['--lang', 'fr', '--help']);
    expect(fr.stdout).toContain('Utilisation : c21lab');
    expect(fr.stdout).toContain('Commandes :');
    expect(fr.stdout).not.toMatch(/\b(Usage|Options|Commands):/);
    const es = await runCli(['--bogus'], { env: { LANG: 'es_ES.UTF-8' } });
    expect(es.stderr).toContain('opción desconocida «--bogus»');
  });
  it('reports a missing path as a usage error, without a stack trace', async () => {
    const r = await runCli(['validate', 'no/such/file.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no/such/file.yaml');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it('never colours output when NO_COLOR is set, unless FORCE_COLOR says so (as in Node)', async () => {
    const plain = await runCli(['validate', 'no/such/file.yaml'], { env: { NO_COLOR: '1' } });
    expect(plain.stderr).not.toContain('\u001b[');
    const forced = await runCli(['validate', 'no/such/file.yaml'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(forced.stderr).toContain('\u001b[');
  });
});

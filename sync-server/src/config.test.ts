// DATABASE_URL and REDIS_URL select the shared backends; bad values are clear errors that
// never echo the value (it may hold a password).
import { describe, expect, it } from 'vitest';
import { configFromEnv } from './config.ts';

describe('configFromEnv: DATABASE_URL and REDIS_URL', () => {
  it('absent: SQLite documents, no fan-out', () => {
    const config = configFromEnv({}, '/tmp');
    expect(config.databaseUrl).toBeUndefined();
    expect(config.redisUrl).toBeUndefined();
  });

  it('accepts postgres:// and redis:// URLs', () => {
    const config = configFromEnv(
      { DATABASE_URL: 'postgresql://u:p@db:5432/profgrid', REDIS_URL: 'redis://cache:6379' },
      '/tmp',
    );
    expect(config.databaseUrl).toBe('postgresql://u:p@db:5432/profgrid');
    expect(config.redisUrl).toBe('redis://cache:6379');
  });

  it('refuses REDIS_URL without DATABASE_URL (instances share documents only through PostgreSQL)', () => {
    expect(() => configFromEnv({ REDIS_URL: 'redis://cache:6379' }, '/tmp')).toThrow(
      /REDIS_URL needs DATABASE_URL/,
    );
  });

  it('refuses a malformed URL without repeating it', () => {
    let message = '';
    try {
      configFromEnv({ DATABASE_URL: 'mysql://u:secret-pw@db/x' }, '/tmp');
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/DATABASE_URL must be a URL starting postgres: or postgresql:/);
    expect(message).not.toContain('secret-pw');
  });
});

describe('configFromEnv: SEED_UNION_MEMBERS_SHARE', () => {
  it('defaults to no members in the synthetic union, reads a share from 0 to 1', () => {
    expect(configFromEnv({}, '/tmp').unionMembersShare).toBe(0);
    expect(configFromEnv({ SEED_UNION_MEMBERS_SHARE: '0.01' }, '/tmp').unionMembersShare).toBe(
      0.01,
    );
    expect(configFromEnv({ SEED_UNION_MEMBERS_SHARE: '1' }, '/tmp').unionMembersShare).toBe(1);
  });

  it.each(['1.5', '-0.1', 'десять', 'NaN'])('refuses %s with what it wants', (raw) => {
    expect(() => configFromEnv({ SEED_UNION_MEMBERS_SHARE: raw }, '/tmp')).toThrow(
      'SEED_UNION_MEMBERS_SHARE must be a number from 0 to 1, e.g. 0.01',
    );
  });
});

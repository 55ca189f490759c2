import { describe, expect, it } from 'vitest';
import { mermaidText, toMermaid } from '../../src/service/flow/render';
import { PICTURE } from './fixture';

describe('toMermaid', () => {
  const mermaid = toMermaid(PICTURE, 'en');
  const lines = mermaid.split('\n');

  it('turns every character Mermaid or HTML reads as syntax into an entity code', () => {
    expect(mermaidText('a "b" <c> & #1 `d` |e| [f] {g} (h);\ni')).toBe(
      'a #34;b#34; #60;c#62; #38; #35;1 #96;d#96; #124;e#124; [f] {g} (h); i',
    );
    const ask = lines.find((l) => l.startsWith('  n1['))!;
    expect(ask).toBe('  n1["Agent · ask · ≈ 4 s<br/>say #34;hi#34; #60;b#62;#38;amp…<br/>2 findings"]');
    for (const line of lines) expect(line).not.toMatch(/<(?!br\/>)|\n/);
  });

  it('labels branches, draws scenarios as entry points and endings apart', () => {
    expect(lines).toContain('  n2 -->|"满意"| n3');
    expect(lines).toContain('  n2 -.->|"otherwise"| n5');
    expect(lines).toContain('  n1 ==> n2');
    expect(lines).toContain('  entry1>"silent-call<br/>客户#34;不说话#34; #60;静音#62;"] --> n6');
    expect(lines).toContain('  n4(["Hang up"])');
  });

  it('colours nodes by worst finding', () => {
    expect(lines).toContain('  class n1 sev_error');
    expect(lines).toContain('  class n3 sev_warning');
    expect(lines).toContain('  class n0,n2,n4,n5,n6 sev_none');
    expect(lines.some((l) => l.startsWith('  classDef sev_error fill:#'))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { englishTerms, isEnglishMention, termsOverlap } from '../../lib/resolve/english';
import { resolveIn } from './resolve-in';
import { contentWords } from '../../lib/resolve/text-similarity';

const overlap = (english: string, title: string) => termsOverlap(englishTerms(english), contentWords(title));

describe('an English subject against a Dutch title', () => {
  it('is an English mention only where the text says "motion"', () => {
    expect(isEnglishMention({ text: 'motion by JA21 MP Joost Eerdmans' })).toBe(true);
    expect(isEnglishMention({ text: 'Motion-Karimi' })).toBe(true);
    expect(isEnglishMention({ text: 'de motie-Eerdmans' })).toBe(false);
  });

  it('meets the Dutch words, also as parts of a compound ("petrol price hike" and "prijsstijging van benzine")', () => {
    const title = 'Motie van het lid Eerdmans over de prijsstijging van benzine per 1 januari 2026 tenietdoen';
    expect(overlap('calling for the petrol price hike to be reversed', title)).toBeGreaterThan(0.5);
    expect(overlap('calling for more police on the islands', title)).toBe(0);
  });

  it('does not take a word for a sliver of a long compound, nor a short one inside a word', () => {
    expect(overlap('a report', 'over pleiten voor een dereguleringsvoortgangsrapportage')).toBe(0);
    expect(overlap('poor children, gambling', 'over goksector in Curaçao')).toBeGreaterThan(0);
    expect(overlap('arms', 'over warmtenetten')).toBe(0);
  });

  it('counts names and the glossary\'s words, not the rest of an English sentence', () => {
    // "Antifa" and "terrorist organization": every word of the subject the title could share is there.
    expect(overlap('calling on the government to designate Antifa as a terrorist organization', 'over Antifa ook in Nederland als terroristische organisatie aanmerken')).toBe(1);
  });
});

describe('English texts on Dutch motions', () => {
  it('find the motion by its subject: the petrol price motion of Eerdmans (Mobility Energy, August 2025)', async () => {
    const r = await resolveIn(
      ' date 2025-08 Lower house wants government to reverse petrol price hike A majority in the House of Representatives wants the government to reverse the announced price hike for petrol. A motion by JA21 MP Joost Eerdmans calling for this was adopted on Wednesday 27 August.',
    );
    expect(r.best?.key).toBe('36760-37');
  });

  it('do not read an English "over" as the Dutch one ("citing concerns over money laundering", Curaçao Chronicle 2024)', async () => {
    const r = await resolveIn(
      'One significant motion, proposed by MP Van Nispen (SP), calls for strengthened oversight and regulation of Curaçao’s gambling industry, citing concerns over money laundering and connections between criminal organizations and legitimate businesses.',
    );
    expect(r.best?.key).toBe('29279-905');
  });

  it('read the sentence after a motion named without its subject (a Dutch MP in the European Parliament, 2025)', async () => {
    const r = await resolveIn(
      'About how a motion from the one-man faction Eerdmans was supported by 3 of the 4 coalition parties. A motion asking the government not to let the Netherlands participate in ReArm Europe. A motion passed while Prime Minister Schoof was already in Brussels.',
    );
    expect(r.best?.key).toBe('21501-20-2207');
  });
});

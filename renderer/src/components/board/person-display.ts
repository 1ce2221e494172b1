// What a person symbol shows: the label (or, on the projector, the masked role word) and the age at the
// meeting date, from the birth date or from an age recorded at some earlier day.
import { ageAtMeeting } from '../../../../shared/board/age';
import type { Person } from '../../../../shared/board/types';
import { nameOrUnnamed } from '../../../../shared/board/person-name';

export function personAge(person: Person, onIso: string): number | null {
  return ageAtMeeting(person, onIso);
}

/** A short description for the screen-reader list: 「架空 花子（女性・本人・8歳）」. */
export function personSummary(person: Person, label: string, onIso: string): string {
  const sex = { male: '男性', female: '女性', unknown: '性別不明' }[person.sex];
  const age = personAge(person, onIso);
  const parts = [
    sex,
    person.index ? '本人' : null,
    age !== null ? `${age}歳` : null,
    person.deceased ? '死亡' : null,
    person.pinned ? '固定' : null,
  ];
  return `${nameOrUnnamed(label)}（${parts.filter(Boolean).join('・')}）`;
}

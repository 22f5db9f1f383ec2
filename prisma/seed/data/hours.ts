// Weekly opening patterns, in minutes after local midnight (ISO weekdays, 1 = Monday).
// A day may hold several spans (a lunch break); 0–1440 every day is a 24/7 line.

export type HoursSpan = { days: number[]; opens: number; closes: number };

const WEEKDAYS = [1, 2, 3, 4, 5];
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

export const HOURS_PATTERNS = {
  /** Mon–Fri 9:00–17:00. */
  office: [{ days: WEEKDAYS, opens: 540, closes: 1020 }],
  /** Mon–Fri 9:00–12:00 and 13:00–17:00 (closed for lunch). */
  split: [
    { days: WEEKDAYS, opens: 540, closes: 720 },
    { days: WEEKDAYS, opens: 780, closes: 1020 },
  ],
  /** A clinic: Mon–Thu 8:00–19:00, Fri 8:00–17:00. */
  clinic: [
    { days: [1, 2, 3, 4], opens: 480, closes: 1140 },
    { days: [5], opens: 480, closes: 1020 },
  ],
  /** A clinic that also opens Saturday morning. */
  clinicWithSaturday: [
    { days: WEEKDAYS, opens: 480, closes: 1020 },
    { days: [6], opens: 540, closes: 780 },
  ],
  /** Saturday 9:00–13:00 only. */
  saturdayMorning: [{ days: [6], opens: 540, closes: 780 }],
  /** Evening ESL: Tue and Thu 18:00–20:00. */
  eveningClass: [{ days: [2, 4], opens: 1080, closes: 1200 }],
  /** Morning class: Mon, Wed, Fri 9:30–12:00. */
  morningClass: [{ days: [1, 3, 5], opens: 570, closes: 720 }],
  /** Weekly group: Wednesday 17:30–19:00. */
  wednesdayEvening: [{ days: [3], opens: 1050, closes: 1140 }],
  /** Weekly group: Saturday 10:00–11:30. */
  saturdayGroup: [{ days: [6], opens: 600, closes: 690 }],
  /** Library: Mon–Thu 10:00–20:00, Fri–Sat 10:00–17:00. */
  library: [
    { days: [1, 2, 3, 4], opens: 600, closes: 1200 },
    { days: [5, 6], opens: 600, closes: 1020 },
  ],
  /** Food pantry: Tue 15:00–19:00 and Sat 9:00–12:00. */
  pantry: [
    { days: [2], opens: 900, closes: 1140 },
    { days: [6], opens: 540, closes: 720 },
  ],
  /** Community meals: Mon, Wed, Fri 17:00–19:00. */
  meals: [{ days: [1, 3, 5], opens: 1020, closes: 1140 }],
  /** Walk-in mornings: Mon and Wed 9:00–12:00. */
  walkInMornings: [{ days: [1, 3], opens: 540, closes: 720 }],
  /** After school: Mon–Fri 15:00–18:00. */
  afterSchool: [{ days: WEEKDAYS, opens: 900, closes: 1080 }],
  /** Tax season style: Mon–Thu 12:00–20:00, Sat 9:00–14:00. */
  taxClinic: [
    { days: [1, 2, 3, 4], opens: 720, closes: 1200 },
    { days: [6], opens: 540, closes: 840 },
  ],
  /** A phone line: Mon–Fri 8:00–18:00. */
  phoneLine: [{ days: WEEKDAYS, opens: 480, closes: 1080 }],
  /** 24 hours a day, 7 days a week. */
  alwaysOpen: [{ days: EVERY_DAY, opens: 0, closes: 1440 }],
} satisfies Record<string, HoursSpan[]>;

export type HoursPattern = keyof typeof HOURS_PATTERNS;

/** Services closed on the next public holiday after `now` (HoursException rows). */
export const HOLIDAY_CLOSURES = [
  'free-immigration-legal-consultation-riverton-immigrant-legal-center',
  'business-license-and-permit-help-riverton-office-of-immigrant-affairs',
  'free-vaccines-riverton-health-and-human-services',
];

/** One day with different hours: open late, a few days from `now`. */
export const SPECIAL_HOURS = {
  service: 'free-tax-filing-help-vita-riverton-financial-empowerment-center',
  daysFromNow: 3,
  opens: 720,
  closes: 1260,
  note: 'Extended hours: open until 9 pm',
};

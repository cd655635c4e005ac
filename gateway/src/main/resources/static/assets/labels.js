// Russian names for the codes the API speaks (roles, organization types, programme roles).

export const ROLE_LABELS = {
  REGION_ADMIN: 'Администратор региона',
  MUNICIPAL_CURATOR: 'Муниципальный куратор',
  SCHOOL_CURATOR: 'Куратор организации',
  MENTOR: 'Наставник',
  MENTEE: 'Наставляемый',
};

export const ORGANIZATION_TYPE_LABELS = {
  SCHOOL: 'школа',
  KINDERGARTEN: 'детский сад',
  COLLEGE: 'колледж',
  ADDITIONAL_EDUCATION_CENTRE: 'учреждение дополнительного образования',
};

export const PROGRAMME_ROLE_LABELS = {
  MENTOR_CANDIDATE: 'кандидат в наставники',
  MENTEE_CANDIDATE: 'кандидат в наставляемые',
};

export const STATUS_LABELS = {
  CANDIDATE: 'кандидат',
  ACTIVE: 'участвует',
  IN_PAIR: 'в паре',
  COMPLETED: 'завершил(а) программу',
  LEFT: 'выбыл(а)',
};

export const CATEGORY_LABELS = {
  NONE: 'без категории',
  CORRESPONDS_TO_POSITION: 'соответствие занимаемой должности',
  FIRST: 'первая',
  HIGHEST: 'высшая',
  METHODIST: 'педагог-методист',
  MENTOR_TEACHER: 'педагог-наставник',
};

export const CONSENT_SCOPE_LABELS = {
  PERSONAL_DATA_PROCESSING: 'на обработку персональных данных',
  NAME_PUBLICATION: 'на публикацию имени',
};

export function statusLabel(status) {
  return STATUS_LABELS[status] ?? '—';
}

export function categoryLabel(category) {
  return CATEGORY_LABELS[category] ?? '—';
}

export function consentScopeLabel(scope) {
  return CONSENT_SCOPE_LABELS[scope] ?? 'согласие';
}

export const MEETING_TYPE_LABELS = {
  ACQUAINTANCE: 'Встреча-знакомство',
  TRIAL: 'Пробная встреча',
  PLANNING: 'Встреча-планирование',
  WORKING: 'Рабочая встреча',
  FINAL: 'Итоговая встреча',
};

export function meetingTypeLabel(type) {
  return MEETING_TYPE_LABELS[type] ?? 'Встреча';
}

export function roleLabel(role) {
  return ROLE_LABELS[role] ?? 'Участник';
}

/** The user's roles in Russian, most powerful first (the claim may list several). */
export function rolesLabel(roles = []) {
  const known = Object.keys(ROLE_LABELS).filter((role) => roles.includes(role));
  return known.length ? known.map(roleLabel).join(', ') : roleLabel(null);
}

export function organizationTypeLabel(type) {
  return ORGANIZATION_TYPE_LABELS[type] ?? 'организация';
}

export function programmeRoleLabel(role) {
  return PROGRAMME_ROLE_LABELS[role] ?? '—';
}

/** «1 год», «3 года», «11 лет», «24 года». */
export function yearsLabel(years) {
  if (years == null || Number.isNaN(Number(years))) {
    return '—';
  }
  const n = Math.abs(Number(years));
  const lastTwo = n % 100;
  const last = n % 10;
  let word = 'лет';
  if (lastTwo < 11 || lastTwo > 14) {
    if (last === 1) {
      word = 'год';
    } else if (last >= 2 && last <= 4) {
      word = 'года';
    }
  }
  return `${years} ${word}`;
}

const DATE = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', year: 'numeric' });

export function dateLabel(isoInstant) {
  if (!isoInstant) {
    return '—';
  }
  const date = new Date(isoInstant);
  return Number.isNaN(date.getTime()) ? '—' : DATE.format(date);
}

const SHORT_DATE = new Intl.DateTimeFormat('ru-RU', { day: '2-digit', month: '2-digit', year: 'numeric' });

/** «01.09.2025», for table columns. */
export function shortDateLabel(isoInstant) {
  const date = isoInstant ? new Date(isoInstant) : null;
  return date && !Number.isNaN(date.getTime()) ? SHORT_DATE.format(date) : '—';
}

/** Forms of mentoring: who mentors whom, and the format (федеральная методология). */
export const ROLE_MODEL_LABELS = {
  TEACHER_TEACHER: 'учитель – учитель',
  MANAGER_TEACHER: 'руководитель – учитель',
  PUPIL_PUPIL: 'ученик – ученик',
  STUDENT_PUPIL: 'студент – ученик',
  STUDENT_STUDENT: 'студент – студент',
  EMPLOYER_STUDENT: 'работодатель – студент',
};

export const FORMAT_LABELS = {
  TRADITIONAL: 'традиционная',
  SHORT_TERM: 'краткосрочная',
  SITUATIONAL: 'ситуационная',
  SPEED: 'скоростная',
  GROUP: 'групповая',
  VIRTUAL: 'виртуальная',
  REVERSE: 'реверсивная',
};

export const PAIR_CHANGE_REASON_LABELS = {
  MUTUAL_AGREEMENT: 'по взаимному согласию',
  LEFT_ORGANIZATION: 'участник выбыл из организации',
  INCOMPATIBILITY: 'несовместимость участников',
  LONG_ABSENCE: 'длительное отсутствие',
  MENTOR_WORKLOAD: 'нагрузка наставника',
  GOALS_ACHIEVED_EARLY: 'цели достигнуты досрочно',
  OTHER: 'иная причина',
};

/** «учитель – учитель, традиционная». */
export function pairFormLabel(pair) {
  return `${ROLE_MODEL_LABELS[pair.roleModel] ?? '—'}, ${FORMAT_LABELS[pair.format] ?? '—'}`;
}

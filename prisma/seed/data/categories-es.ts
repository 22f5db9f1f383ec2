// Spanish (machine translation, not reviewed) and Spanish search terms.
import type { CategoryLocaleData } from './categories-base';

export const es: CategoryLocaleData = {
  'legal-immigration': {
    name: 'Ayuda legal y de inmigración',
    plainLabel: 'Necesito un abogado',
    description: 'Asesoría legal gratis o de bajo costo sobre inmigración, asilo, permisos de trabajo y otros problemas legales, con abogados con licencia y representantes acreditados.',
    synonyms: ['abogado', 'abogada', 'ayuda legal', 'asesoría legal', 'papeles', 'inmigración', 'inmigracion', 'asilo', 'deportación', 'deportacion', 'permiso de trabajo', 'green card', 'residencia', 'visa', 'abogado gratis', 'avogado', 'abogado de inmigración', 'corte de inmigración', 'daca', 'tps'],
  },
  'english-classes': {
    name: 'Clases de inglés y otros idiomas',
    plainLabel: 'Quiero aprender inglés',
    description: 'Clases de inglés gratis o de bajo costo para adultos, desde principiante hasta avanzado, en persona y en línea.',
    synonyms: ['inglés', 'ingles', 'clases de inglés', 'clase de ingles', 'clases de ingles', 'aprender inglés', 'curso de inglés', 'esl', 'escuela de inglés', 'english', 'inglés gratis', 'ingels'],
  },
  'citizenship-civic': {
    name: 'Ciudadanía y vida cívica',
    plainLabel: 'Quiero hacerme ciudadano',
    description: 'Ayuda para solicitar la ciudadanía estadounidense, clases para el examen de ciudadanía y formas de participar en su comunidad.',
    synonyms: ['ciudadanía', 'ciudadania', 'hacerse ciudadano', 'naturalización', 'examen de ciudadanía', 'clases de ciudadanía', 'n-400', 'votar', 'registro de votantes', 'ciudadano', 'ciudadania americana', 'sidadania'],
  },
  'education-schools': {
    name: 'Educación y escuelas',
    plainLabel: 'Necesito una escuela para mi hijo',
    description: 'Inscribir a los niños en la escuela pública, programas para la primera infancia, educación para adultos, GED y universidad.',
    synonyms: ['escuela', 'escuela pública', 'inscribir en la escuela', 'inscripción escolar', 'matrícula', 'kínder', 'kinder', 'preescolar', 'ged', 'educación para adultos', 'colegio', 'universidad', 'beca', 'tutoría', 'escuela secundaria'],
  },
  health: {
    name: 'Salud y salud mental',
    plainLabel: 'Necesito un médico',
    description: 'Clínicas, atención médica de bajo costo, dentista, apoyo de salud mental y ayuda con el seguro médico.',
    synonyms: ['doctor', 'médico', 'medico', 'clínica', 'clinica', 'salud', 'hospital', 'dentista', 'seguro médico', 'medicaid', 'salud mental', 'consejería', 'psicólogo', 'vacunas', 'embarazo', 'farmacia', 'clínica gratis'],
  },
  'housing-shelter': {
    name: 'Vivienda y albergue',
    plainLabel: 'Necesito un lugar donde vivir',
    description: 'Albergue de emergencia, ayuda para encontrar apartamento, ayuda para pagar la renta y sus derechos como inquilino.',
    synonyms: ['vivienda', 'casa', 'apartamento', 'departamento', 'renta', 'alquiler', 'ayuda con la renta', 'albergue', 'refugio', 'desalojo', 'desahucio', 'casero', 'dueño', 'inquilino', 'sin hogar', 'cuarto para rentar'],
  },
  'food-basic-needs': {
    name: 'Comida y necesidades básicas',
    plainLabel: 'Necesito comida',
    description: 'Despensas de alimentos, comidas gratis, SNAP (cupones de comida), WIC, ropa, pañales y artículos para el hogar.',
    synonyms: ['comida', 'alimentos', 'despensa de alimentos', 'banco de comida', 'banco de alimentos', 'comida gratis', 'cupones de comida', 'estampillas', 'snap', 'wic', 'ropa', 'pañales', 'muebles', 'hambre', 'comedor'],
  },
  'jobs-training': {
    name: 'Empleo y capacitación',
    plainLabel: 'Necesito trabajo',
    description: 'Ayuda para encontrar trabajo, capacitación laboral, ayuda con su currículum y sus derechos en el trabajo.',
    synonyms: ['trabajo', 'empleo', 'chamba', 'jale', 'buscar trabajo', 'capacitación', 'entrenamiento laboral', 'currículum', 'curriculum', 'entrevista de trabajo', 'derechos laborales', 'robo de salario', 'salario no pagado', 'oficio'],
  },
  'money-taxes-benefits': {
    name: 'Dinero, impuestos y beneficios',
    plainLabel: 'Necesito ayuda con el dinero',
    description: 'Preparación de impuestos gratis, ayuda con el ITIN, abrir una cuenta de banco, manejar su presupuesto y beneficios públicos.',
    synonyms: ['impuestos', 'taxes', 'taxas', 'declaración de impuestos', 'itin', 'cuenta de banco', 'banco', 'dinero', 'presupuesto', 'crédito', 'beneficios', 'ayuda económica', 'préstamo', 'seguro social', 'ayuda financiera'],
  },
  business: {
    name: 'Negocios y emprendimiento',
    plainLabel: 'Quiero abrir un negocio',
    description: 'Ayuda para abrir o hacer crecer un pequeño negocio: permisos, licencias, préstamos y clases.',
    synonyms: ['negocio', 'pequeño negocio', 'abrir un negocio', 'emprender', 'emprendedor', 'empresa', 'licencia de negocio', 'permiso', 'préstamo para negocio', 'vendedor ambulante', 'trabajo por cuenta propia', 'food truck', 'negosio'],
  },
  transportation: {
    name: 'Transporte',
    plainLabel: 'Necesito moverme por la ciudad',
    description: 'Autobuses y trenes, tarifas reducidas, clases de manejo y transporte a citas médicas.',
    synonyms: ['autobús', 'autobus', 'bus', 'camión', 'tren', 'transporte', 'pase de autobús', 'licencia de conducir', 'licencia de manejar', 'clases de manejo', 'tarifa reducida', 'bicicleta', 'carro', 'transporte al médico', 'raite'],
  },
  'family-children': {
    name: 'Familia y niños',
    plainLabel: 'Necesito ayuda para mi familia',
    description: 'Cuidado de niños, apoyo para padres, programas para jóvenes y personas mayores, y servicios para la familia.',
    synonyms: ['cuidado de niños', 'guardería', 'guarderia', 'niños', 'familia', 'crianza', 'padres', 'jóvenes', 'programas después de la escuela', 'campamento de verano', 'adultos mayores', 'ancianos', 'niñera', 'bebé'],
  },
  'safety-emergencies': {
    name: 'Seguridad y emergencias',
    plainLabel: 'No me siento seguro',
    description: 'Ayuda en casos de violencia doméstica, víctimas de crimen, trata de personas, desastres y líneas de crisis.',
    synonyms: ['emergencia', 'violencia doméstica', 'violencia domestica', 'abuso', 'maltrato', 'víctima de crimen', 'policía', 'trata de personas', 'agresión sexual', 'crisis', 'línea de ayuda', 'peligro', 'incendio', 'desastre', 'visa u'],
  },
  'digital-skills': {
    name: 'Internet y habilidades digitales',
    plainLabel: 'Necesito ayuda con la computadora',
    description: 'Clases de computación gratis, acceso a internet, equipos de bajo costo y ayuda con formularios en línea.',
    synonyms: ['computadora', 'computación', 'clases de computación', 'internet', 'internet gratis', 'wifi', 'laptop', 'celular', 'teléfono', 'correo electrónico', 'email', 'en línea', 'habilidades digitales', 'impresora', 'conputadora'],
  },
  'interpretation-translation': {
    name: 'Interpretación y traducción',
    plainLabel: 'Necesito un intérprete',
    description: 'Intérpretes gratis, traducción de documentos y su derecho a recibir ayuda en su idioma.',
    synonyms: ['intérprete', 'interprete', 'interpretación', 'traducción', 'traduccion', 'traductor', 'traducir documentos', 'ayuda con el idioma', 'idioma', 'traducción certificada', 'lenguaje de señas'],
  },
  'community-recreation': {
    name: 'Comunidad y recreación',
    plainLabel: 'Quiero conocer gente',
    description: 'Grupos culturales, lugares de culto, deportes, bibliotecas, parques y eventos para conocer a sus vecinos.',
    synonyms: ['comunidad', 'eventos', 'deportes', 'fútbol', 'futbol', 'biblioteca', 'parque', 'recreación', 'centro cultural', 'iglesia', 'voluntario', 'hacer amigos', 'conocer gente', 'fiesta', 'actividades'],
  },
};

// Portuguese, Brazilian usage (machine translation, not reviewed) and Portuguese search terms.
import type { CategoryLocaleData } from './categories-base';

export const pt: CategoryLocaleData = {
  'legal-immigration': {
    name: 'Ajuda jurídica e imigração',
    plainLabel: 'Preciso de um advogado',
    description: 'Orientação jurídica gratuita ou de baixo custo sobre imigração, asilo, permissão de trabalho e outros problemas legais, com advogados licenciados e representantes credenciados.',
    synonyms: ['advogado', 'advogada', 'ajuda jurídica', 'assistência jurídica', 'imigração', 'imigracao', 'asilo', 'deportação', 'deportacao', 'documentos', 'papéis', 'green card', 'visto', 'permissão de trabalho', 'advogado gratuito', 'advogado de imigração', 'tribunal de imigração', 'tps', 'adevogado'],
  },
  'english-classes': {
    name: 'Aulas de inglês e idiomas',
    plainLabel: 'Quero aprender inglês',
    description: 'Aulas de inglês gratuitas ou de baixo custo para adultos, do básico ao avançado, presenciais e online.',
    synonyms: ['inglês', 'ingles', 'aulas de inglês', 'aula de ingles', 'curso de inglês', 'aprender inglês', 'esl', 'english', 'inglês grátis', 'escola de inglês'],
  },
  'citizenship-civic': {
    name: 'Cidadania e vida cívica',
    plainLabel: 'Quero me tornar cidadão',
    description: 'Ajuda para pedir a cidadania americana, aulas para a prova de cidadania e formas de participar da sua comunidade.',
    synonyms: ['cidadania', 'cidadão', 'naturalização', 'naturalizacao', 'tornar-se cidadão', 'prova de cidadania', 'n-400', 'votar', 'registro eleitoral', 'aulas de cidadania'],
  },
  'education-schools': {
    name: 'Educação e escolas',
    plainLabel: 'Preciso de uma escola para meu filho',
    description: 'Matrícula de crianças na escola pública, programas para a primeira infância, educação de adultos, GED e faculdade.',
    synonyms: ['escola', 'escola pública', 'matrícula', 'matricula escolar', 'matricular meu filho', 'jardim de infância', 'pré-escola', 'ged', 'supletivo', 'educação de adultos', 'faculdade', 'universidade', 'ensino médio', 'bolsa de estudos', 'reforço escolar'],
  },
  health: {
    name: 'Saúde e saúde mental',
    plainLabel: 'Preciso de um médico',
    description: 'Clínicas, atendimento de saúde de baixo custo, dentista, apoio de saúde mental e ajuda com plano de saúde.',
    synonyms: ['médico', 'medico', 'clínica', 'clinica', 'saúde', 'saude', 'hospital', 'dentista', 'plano de saúde', 'seguro saúde', 'medicaid', 'saúde mental', 'psicólogo', 'vacinas', 'gravidez', 'farmácia'],
  },
  'housing-shelter': {
    name: 'Moradia e abrigo',
    plainLabel: 'Preciso de um lugar para morar',
    description: 'Abrigo de emergência, ajuda para encontrar apartamento, ajuda para pagar o aluguel e seus direitos como inquilino.',
    synonyms: ['moradia', 'casa', 'apartamento', 'aluguel', 'ajuda com aluguel', 'abrigo', 'sem-teto', 'morador de rua', 'despejo', 'proprietário', 'inquilino', 'direitos do inquilino', 'quarto para alugar', 'habitação'],
  },
  'food-basic-needs': {
    name: 'Alimentação e necessidades básicas',
    plainLabel: 'Preciso de comida',
    description: 'Bancos de alimentos, refeições gratuitas, SNAP (vale-alimentação), WIC, roupas, fraldas e itens para a casa.',
    synonyms: ['comida', 'alimentos', 'banco de alimentos', 'cesta básica', 'comida grátis', 'refeição gratuita', 'sopão', 'vale-alimentação', 'snap', 'wic', 'roupas', 'fraldas', 'móveis', 'fome'],
  },
  'jobs-training': {
    name: 'Emprego e capacitação',
    plainLabel: 'Preciso de um emprego',
    description: 'Ajuda para encontrar trabalho, cursos profissionalizantes, ajuda com o currículo e seus direitos no trabalho.',
    synonyms: ['trabalho', 'emprego', 'serviço', 'procurar emprego', 'treinamento', 'curso profissionalizante', 'currículo', 'curriculo', 'entrevista de emprego', 'direitos trabalhistas', 'salário não pago', 'estágio'],
  },
  'money-taxes-benefits': {
    name: 'Dinheiro, impostos e benefícios',
    plainLabel: 'Preciso de ajuda com dinheiro',
    description: 'Declaração de imposto gratuita, ajuda com o ITIN, abrir conta no banco, organizar o orçamento e benefícios públicos.',
    synonyms: ['impostos', 'taxes', 'declaração de imposto', 'imposto de renda', 'itin', 'conta bancária', 'banco', 'dinheiro', 'orçamento', 'crédito', 'benefícios', 'auxílio', 'empréstimo', 'seguro social'],
  },
  business: {
    name: 'Negócios e empreendedorismo',
    plainLabel: 'Quero abrir um negócio',
    description: 'Ajuda para abrir ou fazer crescer um pequeno negócio: alvarás, licenças, empréstimos e cursos.',
    synonyms: ['negócio', 'negocio', 'pequena empresa', 'abrir empresa', 'empreender', 'empreendedor', 'empresa', 'licença comercial', 'alvará', 'empréstimo', 'microcrédito', 'vendedor ambulante', 'autônomo'],
  },
  transportation: {
    name: 'Transporte',
    plainLabel: 'Preciso me locomover',
    description: 'Ônibus e trens, tarifas reduzidas, aulas de direção e transporte para consultas médicas.',
    synonyms: ['ônibus', 'onibus', 'trem', 'transporte', 'transporte público', 'passe de ônibus', 'carteira de motorista', 'habilitação', 'autoescola', 'tarifa reduzida', 'bicicleta', 'carro', 'táxi', 'carona'],
  },
  'family-children': {
    name: 'Família e crianças',
    plainLabel: 'Preciso de ajuda para minha família',
    description: 'Creche, apoio para pais, programas para jovens e idosos, e serviços para a família.',
    synonyms: ['creche', 'cuidado infantil', 'babá', 'crianças', 'filhos', 'família', 'pais', 'jovens', 'atividades depois da escola', 'colônia de férias', 'idosos', 'bebê'],
  },
  'safety-emergencies': {
    name: 'Segurança e emergências',
    plainLabel: 'Não me sinto seguro',
    description: 'Ajuda em casos de violência doméstica, vítimas de crime, tráfico de pessoas, desastres e linhas de apoio em crise.',
    synonyms: ['emergência', 'emergencia', 'violência doméstica', 'violencia domestica', 'abuso', 'vítima de crime', 'polícia', 'tráfico de pessoas', 'agressão sexual', 'crise', 'linha de ajuda', 'perigo', 'incêndio', 'desastre'],
  },
  'digital-skills': {
    name: 'Internet e habilidades digitais',
    plainLabel: 'Preciso de ajuda com computador',
    description: 'Aulas de informática gratuitas, acesso à internet, aparelhos de baixo custo e ajuda com formulários online.',
    synonyms: ['computador', 'informática', 'aula de informática', 'curso de computação', 'internet', 'wifi', 'internet grátis', 'notebook', 'celular', 'e-mail', 'email', 'online', 'habilidades digitais', 'impressora'],
  },
  'interpretation-translation': {
    name: 'Interpretação e tradução',
    plainLabel: 'Preciso de um intérprete',
    description: 'Intérpretes gratuitos, tradução de documentos e seu direito a receber ajuda no seu idioma.',
    synonyms: ['intérprete', 'interprete', 'interpretação', 'tradução', 'traducao', 'tradutor', 'traduzir documentos', 'ajuda com idioma', 'idioma', 'tradução juramentada', 'língua de sinais'],
  },
  'community-recreation': {
    name: 'Comunidade e lazer',
    plainLabel: 'Quero conhecer pessoas',
    description: 'Grupos culturais, locais de culto, esportes, bibliotecas, parques e eventos para conhecer seus vizinhos.',
    synonyms: ['comunidade', 'eventos', 'esportes', 'futebol', 'biblioteca', 'parque', 'lazer', 'centro cultural', 'igreja', 'voluntário', 'fazer amigos', 'conhecer pessoas', 'festa', 'atividades'],
  },
};

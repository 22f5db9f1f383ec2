// Service templates: English classes, education & schools, digital skills.
import type { ServiceTemplate, ServiceTraits } from './types';

const OPEN_CLASS: ServiceTraits = {
  isFree: true,
  acceptsWalkIns: true,
  appointmentNeeded: false,
  interpreterAvailable: false,
  offeredOnline: false,
  offeredByPhone: false,
  ids: ['none_needed'],
  safety: 'welcoming',
};

export const LEARNING_TEMPLATES: ServiceTemplate[] = [
  {
    slug: 'evening-esl-beginner',
    primary: 'english-classes',
    documents: ['notebook'],
    fee: 'free',
    hours: 'eveningClass',
    traits: OPEN_CLASS,
    instances: [
      {
        org: 'riverton-adult-education',
        at: [1],
        fee: 'booksFee',
        traits: { offeredOnline: true },
        contacts: [
          {
            name: 'Thanh Nguyen',
            title: 'ESL registration',
            email: 'esl@adulted.riverton.example',
            phone: '(555) 016-1200',
            phoneExtension: '3',
            languages: ['en', 'vi', 'zh'],
          },
        ],
      },
      { org: 'riverton-public-library' },
      { org: 'grace-community-church', verifiedDaysAgo: 287 },
      { org: 'casa-latina-riverton' },
    ],
    text: {
      en: {
        name: 'Evening English class — beginner',
        summary: 'Learn everyday English in the evening, two nights a week.',
        description:
          "For people who speak little or no English. You learn to introduce yourself, go shopping, and talk with a doctor or your child's teacher. Teachers are patient and classes are small.",
        eligibility: 'Adults 18 and older. You do not need documents or a test to start.',
        howToApply: [
          'Come on a class night or call to sign up.',
          'We check your level on the first night.',
          'Come every week; new students can join every month.',
        ],
      },
      es: {
        name: 'Clase de inglés por la noche — principiantes',
        summary: 'Aprenda inglés para la vida diaria, dos noches por semana.',
        description:
          'Para personas que hablan poco o nada de inglés. Aprende a presentarse, hacer compras y hablar con el médico o con la maestra de sus hijos. Los maestros son pacientes y los grupos son pequeños.',
        eligibility: 'Adultos de 18 años o más. No necesita documentos ni examen para empezar.',
        howToApply: [
          'Venga una noche de clase o llame para inscribirse.',
          'Vemos su nivel la primera noche.',
          'Venga cada semana; pueden entrar estudiantes nuevos cada mes.',
        ],
      },
      ar: {
        name: 'درس إنجليزية مسائي — للمبتدئين',
        summary: 'تعلّم الإنجليزية للحياة اليومية مساءً، ليلتين في الأسبوع.',
        description:
          'لمن يتحدث القليل من الإنجليزية أو لا يتحدثها. تتعلم أن تعرّف بنفسك، وأن تتسوق، وأن تتحدث مع الطبيب أو مع معلم طفلك. المعلمون صبورون والمجموعات صغيرة.',
        eligibility: 'البالغون من عمر 18 سنة فما فوق. لا تحتاج إلى مستندات أو اختبار للبدء.',
        howToApply: [
          'تعال في إحدى ليالي الدرس أو اتصل للتسجيل.',
          'نحدد مستواك في الليلة الأولى.',
          'احضر كل أسبوع؛ يمكن للطلاب الجدد الانضمام كل شهر.',
        ],
      },
      fr: {
        name: "Cours d'anglais du soir — débutants",
        summary: "Apprenez l'anglais de tous les jours, le soir, deux fois par semaine.",
        description:
          "Pour les personnes qui parlent peu ou pas anglais. Vous apprenez à vous présenter, à faire les courses et à parler avec un médecin ou l'enseignant de votre enfant. Les professeurs sont patients et les groupes sont petits.",
        eligibility: "Adultes de 18 ans et plus. Pas besoin de papiers ni de test pour commencer.",
        howToApply: [
          'Venez un soir de cours ou appelez pour vous inscrire.',
          'Nous évaluons votre niveau le premier soir.',
          'Venez chaque semaine ; de nouveaux élèves peuvent commencer chaque mois.',
        ],
      },
      ht: {
        name: 'Klas angle leswa — debitan',
        summary: 'Aprann angle pou lavi chak jou, de swa pa semèn.',
        description:
          'Pou moun ki pale ti kras angle oswa ki pa pale l ditou. Ou aprann prezante tèt ou, fè makèt, epi pale ak doktè oswa pwofesè pitit ou. Pwofesè yo gen pasyans epi klas yo piti.',
        eligibility: 'Granmoun 18 an oswa plis. Ou pa bezwen papye ni egzamen pou kòmanse.',
        howToApply: [
          'Vini yon swa ki gen klas oswa rele pou enskri.',
          'Nou gade nivo ou premye swa a.',
          'Vini chak semèn; nouvo elèv ka antre chak mwa.',
        ],
      },
      pt: {
        name: 'Aula de inglês à noite — iniciantes',
        summary: 'Aprenda inglês do dia a dia à noite, duas vezes por semana.',
        description:
          'Para quem fala pouco ou nada de inglês. Você aprende a se apresentar, fazer compras e conversar com o médico ou com o professor dos seus filhos. Os professores são pacientes e as turmas são pequenas.',
        eligibility: 'Adultos a partir de 18 anos. Não precisa de documentos nem de prova para começar.',
        howToApply: [
          'Venha numa noite de aula ou ligue para se inscrever.',
          'Avaliamos seu nível na primeira noite.',
          'Venha toda semana; novos alunos podem entrar todo mês.',
        ],
      },
      'zh-Hans': {
        name: '晚间英语班——初级',
        summary: '晚上学习日常英语，每周两次。',
        description: '适合只会一点英语或完全不会英语的人。您将学习自我介绍、购物，以及与医生或孩子的老师交流。老师很有耐心，班级人数少。',
        eligibility: '18 岁及以上的成人。开始上课不需要任何证件或考试。',
        howToApply: ['在上课的晚上直接来，或打电话报名。', '第一晚我们会了解您的水平。', '每周都来上课；新学员每月都可以加入。'],
      },
      'fa-AF': {
        name: 'صنف انگلیسی شبانه — سطح ابتدایی',
        summary: 'انگلیسی روزمره را شب‌ها، دو شب در هفته یاد بگیرید.',
        description:
          'برای کسانی که کم یا هیچ انگلیسی نمی‌دانند. یاد می‌گیرید خود را معرفی کنید، خرید کنید و با داکتر یا معلم طفل خود صحبت کنید. معلمان صبور هستند و صنف‌ها کوچک است.',
        eligibility: 'بزرگسالان ۱۸ ساله و بالاتر. برای شروع به سند یا امتحان ضرورت ندارید.',
        howToApply: [
          'در یکی از شب‌های درس بیایید یا برای ثبت‌نام زنگ بزنید.',
          'در شب اول سطح شما را می‌بینیم.',
          'هر هفته بیایید؛ شاگردان جدید هر ماه می‌توانند شامل شوند.',
        ],
      },
    },
  },
  {
    slug: 'morning-esl-intermediate',
    primary: 'english-classes',
    documents: ['notebook'],
    fee: 'free',
    hours: 'morningClass',
    traits: { ...OPEN_CLASS, acceptsWalkIns: false },
    instances: [
      { org: 'riverton-adult-education', fee: 'booksFee', traits: { offeredOnline: true } },
      { org: 'new-roots-refugee-services', at: [1] },
      { org: 'casa-do-brasil-riverton' },
    ],
    text: {
      en: {
        name: 'Morning English class — intermediate',
        summary: 'Improve your English for work, school and daily life, three mornings a week.',
        description:
          'For people who can already have a simple conversation. You practice speaking, reading and writing, fill in real forms and learn words for work. Each term lasts 12 weeks.',
        eligibility: 'Adults who finished a beginner class or pass a short level test.',
        howToApply: [
          'Call or come in for a short level test.',
          'Choose a class that fits your schedule.',
          'Bring a notebook to the first class.',
        ],
      },
      es: {
        name: 'Clase de inglés por la mañana — intermedio',
        summary: 'Mejore su inglés para el trabajo, la escuela y la vida diaria, tres mañanas por semana.',
        description:
          'Para personas que ya pueden tener una conversación sencilla. Practica hablar, leer y escribir, llena formularios reales y aprende palabras para el trabajo. Cada ciclo dura 12 semanas.',
        eligibility: 'Adultos que terminaron una clase para principiantes o que pasan una prueba corta de nivel.',
        howToApply: [
          'Llame o venga para hacer una prueba corta de nivel.',
          'Elija una clase que se ajuste a su horario.',
          'Traiga un cuaderno a la primera clase.',
        ],
      },
      ar: {
        name: 'درس إنجليزية صباحي — مستوى متوسط',
        summary: 'حسّن إنجليزيتك للعمل والمدرسة والحياة اليومية، ثلاثة صباحات في الأسبوع.',
        description:
          'لمن يستطيع إجراء محادثة بسيطة. تتدرب على التحدث والقراءة والكتابة، وتملأ نماذج حقيقية، وتتعلم كلمات للعمل. يستمر كل فصل 12 أسبوعًا.',
        eligibility: 'البالغون الذين أنهوا درس المبتدئين أو ينجحون في اختبار قصير لتحديد المستوى.',
        howToApply: [
          'اتصل أو تعال لإجراء اختبار قصير لتحديد المستوى.',
          'اختر درسًا يناسب وقتك.',
          'أحضر دفترًا إلى الدرس الأول.',
        ],
      },
      fr: {
        name: "Cours d'anglais du matin — intermédiaire",
        summary: "Améliorez votre anglais pour le travail, l'école et la vie quotidienne, trois matins par semaine.",
        description:
          'Pour les personnes qui peuvent déjà avoir une conversation simple. Vous pratiquez l’oral, la lecture et l’écriture, remplissez de vrais formulaires et apprenez le vocabulaire du travail. Chaque session dure 12 semaines.',
        eligibility: 'Adultes qui ont terminé un cours débutant ou qui réussissent un court test de niveau.',
        howToApply: [
          'Appelez ou venez passer un court test de niveau.',
          'Choisissez un cours adapté à votre emploi du temps.',
          'Apportez un cahier au premier cours.',
        ],
      },
      ht: {
        name: 'Klas angle nan maten — nivo mwayen',
        summary: 'Amelyore angle ou pou travay, lekòl ak lavi chak jou, twa maten pa semèn.',
        description:
          'Pou moun ki deja ka fè yon ti konvèsasyon senp. Ou pratike pale, li ak ekri, ou ranpli vrè fòm epi ou aprann mo pou travay. Chak sesyon dire 12 semèn.',
        eligibility: 'Granmoun ki fini yon klas debitan oswa ki pase yon ti tès nivo.',
        howToApply: [
          'Rele oswa vini pou yon ti tès nivo.',
          'Chwazi yon klas ki mache ak orè ou.',
          'Pote yon kaye nan premye klas la.',
        ],
      },
      pt: {
        name: 'Aula de inglês de manhã — intermediário',
        summary: 'Melhore seu inglês para o trabalho, a escola e o dia a dia, três manhãs por semana.',
        description:
          'Para quem já consegue ter uma conversa simples. Você pratica fala, leitura e escrita, preenche formulários reais e aprende palavras para o trabalho. Cada módulo dura 12 semanas.',
        eligibility: 'Adultos que terminaram uma turma de iniciantes ou passam num teste rápido de nível.',
        howToApply: [
          'Ligue ou venha fazer um teste rápido de nível.',
          'Escolha uma turma que combine com seus horários.',
          'Traga um caderno para a primeira aula.',
        ],
      },
      'zh-Hans': {
        name: '上午英语班——中级',
        summary: '提高工作、上学和日常生活所需的英语，每周三个上午。',
        description: '适合已经能进行简单对话的人。您将练习听说读写，填写真实表格，并学习工作用语。每期 12 周。',
        eligibility: '完成初级班或通过简短分级测试的成人。',
        howToApply: ['打电话或前来参加简短的分级测试。', '选择适合您时间的班级。', '第一节课请带一个笔记本。'],
      },
      'fa-AF': {
        name: 'صنف انگلیسی صبحانه — سطح متوسط',
        summary: 'انگلیسی خود را برای کار، مکتب و زندگی روزمره، سه صبح در هفته بهتر کنید.',
        description:
          'برای کسانی که می‌توانند یک گفتگوی ساده داشته باشند. صحبت کردن، خواندن و نوشتن را تمرین می‌کنید، فورم‌های واقعی پر می‌کنید و لغات کاری یاد می‌گیرید. هر دوره ۱۲ هفته است.',
        eligibility: 'بزرگسالانی که صنف ابتدایی را تمام کرده‌اند یا یک امتحان کوتاه سطح را کامیاب می‌شوند.',
        howToApply: [
          'زنگ بزنید یا برای یک امتحان کوتاه سطح بیایید.',
          'صنفی را انتخاب کنید که با وقت شما جور باشد.',
          'برای صنف اول یک کتابچه بیاورید.',
        ],
      },
    },
  },
  {
    slug: 'english-conversation-circle',
    primary: 'english-classes',
    secondary: 'community-recreation',
    documents: [],
    fee: 'free',
    hours: 'saturdayGroup',
    traits: OPEN_CLASS,
    instances: [
      { org: 'riverton-public-library', at: [2, 0], alert: true },
      { org: 'arab-american-community-center', hours: 'wednesdayEvening' },
      { org: 'riverton-chinese-community-center' },
    ],
    text: {
      en: {
        name: 'English conversation circle',
        summary: 'Practice speaking English in a friendly group, with no tests or homework.',
        description:
          'Volunteers lead relaxed conversations about everyday topics. It is a good way to gain confidence and meet neighbors. Come when you can.',
        eligibility: 'Adults who speak some English. Everyone is welcome.',
        howToApply: ['Just come; no sign-up needed.', 'Come a few minutes early the first time to meet the group leader.'],
      },
      es: {
        name: 'Círculo de conversación en inglés',
        summary: 'Practique hablar inglés en un grupo amable, sin exámenes ni tareas.',
        description:
          'Voluntarios guían conversaciones tranquilas sobre temas de todos los días. Es una buena forma de ganar confianza y conocer a sus vecinos. Venga cuando pueda.',
        eligibility: 'Adultos que hablan algo de inglés. Todos son bienvenidos.',
        howToApply: ['Solo venga; no hace falta inscribirse.', 'La primera vez, llegue unos minutos antes para conocer a quien guía el grupo.'],
      },
      ar: {
        name: 'حلقة محادثة بالإنجليزية',
        summary: 'تدرّب على التحدث بالإنجليزية في مجموعة ودودة، بلا امتحانات ولا واجبات.',
        description:
          'يدير متطوعون محادثات هادئة عن مواضيع الحياة اليومية. إنها طريقة جيدة لتكتسب الثقة وتتعرف على جيرانك. تعال متى استطعت.',
        eligibility: 'البالغون الذين يتحدثون قليلًا من الإنجليزية. الجميع مرحَّب بهم.',
        howToApply: ['تعال فقط؛ لا حاجة للتسجيل.', 'في المرة الأولى، تعال قبل الموعد ببضع دقائق لتتعرف على قائد المجموعة.'],
      },
      fr: {
        name: 'Cercle de conversation en anglais',
        summary: "Pratiquez l'anglais oral dans un groupe sympathique, sans examens ni devoirs.",
        description:
          'Des bénévoles animent des conversations détendues sur la vie de tous les jours. C’est un bon moyen de prendre confiance et de rencontrer vos voisins. Venez quand vous pouvez.',
        eligibility: 'Adultes qui parlent un peu anglais. Tout le monde est bienvenu.',
        howToApply: ["Venez simplement ; pas besoin de s'inscrire.", "La première fois, arrivez quelques minutes en avance pour rencontrer l'animateur."],
      },
      ht: {
        name: 'Sèk konvèsasyon an angle',
        summary: 'Pratike pale angle nan yon gwoup zanmitay, san egzamen ni devwa.',
        description:
          'Volontè dirije konvèsasyon trankil sou sijè chak jou. Se yon bon fason pou pran konfyans epi rankontre vwazen ou. Vini lè ou kapab.',
        eligibility: 'Granmoun ki pale yon ti kras angle. Tout moun byenveni.',
        howToApply: ['Jis vini; ou pa bezwen enskri.', 'Premye fwa a, vini kèk minit bonè pou rankontre moun ki dirije gwoup la.'],
      },
      pt: {
        name: 'Roda de conversação em inglês',
        summary: 'Pratique a conversação em inglês num grupo acolhedor, sem provas nem lição de casa.',
        description:
          'Voluntários conduzem conversas tranquilas sobre assuntos do dia a dia. É uma boa forma de ganhar confiança e conhecer os vizinhos. Venha quando puder.',
        eligibility: 'Adultos que falam um pouco de inglês. Todos são bem-vindos.',
        howToApply: ['É só vir; não precisa se inscrever.', 'Na primeira vez, chegue alguns minutos antes para conhecer quem coordena o grupo.'],
      },
      'zh-Hans': {
        name: '英语会话小组',
        summary: '在友好的小组里练习说英语，没有考试，没有作业。',
        description: '志愿者带领大家轻松地聊日常话题。这是增强信心、结识邻居的好方法。有空就来。',
        eligibility: '会说一些英语的成人。欢迎所有人。',
        howToApply: ['直接来即可，无需报名。', '第一次请提前几分钟到，认识一下小组负责人。'],
      },
      'fa-AF': {
        name: 'حلقه گفتگوی انگلیسی',
        summary: 'در یک گروه دوستانه صحبت کردن به انگلیسی را تمرین کنید، بدون امتحان و کارخانگی.',
        description:
          'رضاکاران گفتگوهای آرام در مورد موضوعات روزمره را رهبری می‌کنند. این یک راه خوب برای اعتماد به نفس و آشنا شدن با همسایه‌ها است. هر وقت توانستید بیایید.',
        eligibility: 'بزرگسالانی که کمی انگلیسی صحبت می‌کنند. همه خوش‌آمدید.',
        howToApply: ['فقط بیایید؛ ثبت‌نام لازم نیست.', 'بار اول چند دقیقه زودتر بیایید تا با رهبر گروه آشنا شوید.'],
      },
    },
  },
  {
    slug: 'english-class-with-childcare',
    primary: 'english-classes',
    secondary: 'family-children',
    documents: [],
    fee: 'free',
    hours: 'morningClass',
    traits: { ...OPEN_CLASS, acceptsWalkIns: false, interpreterAvailable: true },
    instances: [
      { org: 'riverside-neighborhood-house' },
      { org: 'afghan-community-association', hours: 'saturdayMorning' },
    ],
    text: {
      en: {
        name: 'English class with free childcare',
        summary: 'English classes for parents, with free childcare in the next room.',
        description:
          'Bring your young children: trained staff care for them while you learn. Lessons focus on school, health and shopping. Classes are small and welcoming for women who have never studied English.',
        eligibility: 'Parents and caregivers of children under 6.',
        howToApply: [
          'Call us to save a place for you and your children.',
          'Tell us how old your children are.',
          'Come 10 minutes early on the first day.',
        ],
      },
      es: {
        name: 'Clase de inglés con cuidado de niños gratis',
        summary: 'Clases de inglés para padres y madres, con cuidado de niños gratis en el salón de al lado.',
        description:
          'Traiga a sus hijos pequeños: personal capacitado los cuida mientras usted aprende. Las lecciones tratan de la escuela, la salud y las compras. Los grupos son pequeños y acogedores para mujeres que nunca han estudiado inglés.',
        eligibility: 'Padres, madres y cuidadores de niños menores de 6 años.',
        howToApply: [
          'Llámenos para reservar un lugar para usted y sus hijos.',
          'Díganos la edad de sus hijos.',
          'Llegue 10 minutos antes el primer día.',
        ],
      },
      ar: {
        name: 'درس إنجليزية مع رعاية مجانية للأطفال',
        summary: 'دروس إنجليزية للآباء والأمهات، مع رعاية مجانية للأطفال في الغرفة المجاورة.',
        description:
          'أحضر أطفالك الصغار: يعتني بهم موظفون مدرَّبون أثناء تعلمك. تركز الدروس على المدرسة والصحة والتسوق. المجموعات صغيرة ومريحة للنساء اللواتي لم يدرسن الإنجليزية من قبل.',
        eligibility: 'الآباء والأمهات ومقدمو الرعاية لأطفال دون السادسة.',
        howToApply: [
          'اتصل بنا لحجز مكان لك ولأطفالك.',
          'أخبرنا بأعمار أطفالك.',
          'تعال قبل الموعد بعشر دقائق في اليوم الأول.',
        ],
      },
      fr: {
        name: "Cours d'anglais avec garde d'enfants gratuite",
        summary: "Des cours d'anglais pour les parents, avec garde d'enfants gratuite dans la salle d'à côté.",
        description:
          "Venez avec vos jeunes enfants : un personnel formé s'en occupe pendant que vous apprenez. Les leçons portent sur l'école, la santé et les courses. Les groupes sont petits et accueillants pour les femmes qui n'ont jamais étudié l'anglais.",
        eligibility: 'Parents et personnes qui gardent des enfants de moins de 6 ans.',
        howToApply: [
          'Appelez-nous pour réserver une place pour vous et vos enfants.',
          "Dites-nous l'âge de vos enfants.",
          'Arrivez 10 minutes en avance le premier jour.',
        ],
      },
      ht: {
        name: 'Klas angle ak gadri gratis',
        summary: 'Klas angle pou paran, ak gadri gratis nan sal ki bò kote a.',
        description:
          'Vini ak ti pitit ou yo: anplwaye ki gen fòmasyon ap okipe yo pandan w ap aprann. Leson yo pale sou lekòl, sante ak fè makèt. Klas yo piti epi yo akeyi fanm ki pa t janm etidye angle.',
        eligibility: 'Paran ak moun k ap okipe timoun ki gen mwens pase 6 an.',
        howToApply: [
          'Rele nou pou rezève yon plas pou ou ak pitit ou yo.',
          'Di nou laj pitit ou yo.',
          'Vini 10 minit bonè premye jou a.',
        ],
      },
      pt: {
        name: 'Aula de inglês com cuidado infantil gratuito',
        summary: 'Aulas de inglês para pais e mães, com cuidado infantil gratuito na sala ao lado.',
        description:
          'Traga seus filhos pequenos: uma equipe treinada cuida deles enquanto você aprende. As aulas falam de escola, saúde e compras. As turmas são pequenas e acolhedoras para mulheres que nunca estudaram inglês.',
        eligibility: 'Pais, mães e cuidadores de crianças com menos de 6 anos.',
        howToApply: [
          'Ligue para reservar uma vaga para você e seus filhos.',
          'Diga a idade dos seus filhos.',
          'Chegue 10 minutos antes no primeiro dia.',
        ],
      },
      'zh-Hans': {
        name: '提供免费托儿的英语班',
        summary: '为父母开设的英语课，隔壁房间提供免费托儿。',
        description: '可以带年幼的孩子来：您上课时，由受过培训的工作人员照看孩子。课程内容围绕学校、健康和购物。班级人数少，欢迎从未学过英语的女性。',
        eligibility: '有 6 岁以下孩子的父母和照顾者。',
        howToApply: ['打电话为您和孩子预留名额。', '告诉我们孩子的年龄。', '第一天提前 10 分钟到。'],
      },
      'fa-AF': {
        name: 'صنف انگلیسی با نگهداری رایگان اطفال',
        summary: 'صنف‌های انگلیسی برای والدین، با نگهداری رایگان اطفال در اتاق کناری.',
        description:
          'اطفال خردسال خود را بیاورید: کارمندان آموزش‌دیده در وقت درس از آن‌ها نگهداری می‌کنند. درس‌ها در مورد مکتب، صحت و خرید است. صنف‌ها کوچک و برای زنانی که هرگز انگلیسی نخوانده‌اند مناسب است.',
        eligibility: 'والدین و سرپرستان اطفال کمتر از ۶ سال.',
        howToApply: [
          'زنگ بزنید تا برای شما و اطفال شما جا نگه داریم.',
          'سن اطفال خود را به ما بگویید.',
          'روز اول ۱۰ دقیقه زودتر بیایید.',
        ],
      },
    },
  },
  {
    slug: 'english-for-work',
    primary: 'english-classes',
    secondary: 'jobs-training',
    documents: ['resume'],
    fee: 'free',
    hours: 'eveningClass',
    traits: { ...OPEN_CLASS, acceptsWalkIns: false, offeredOnline: true },
    instances: [
      { org: 'capital-region-job-center', hours: 'morningClass' },
      { org: 'riverton-community-college' },
    ],
    text: {
      en: {
        name: 'English for work',
        summary: 'Learn the English you need to get a job and do well at work.',
        description:
          'Practice job interviews, talking with coworkers and customers, safety words and work emails. Some classes focus on health care, kitchens or warehouses.',
        eligibility: 'Adults with some English who are looking for work or want a better job.',
        howToApply: ['Call or come in to sign up.', 'Take a short English test.', 'Start at the beginning of the next month.'],
      },
      es: {
        name: 'Inglés para el trabajo',
        summary: 'Aprenda el inglés que necesita para conseguir trabajo y desempeñarse bien.',
        description:
          'Practique entrevistas de trabajo, conversaciones con compañeros y clientes, palabras de seguridad y correos del trabajo. Algunas clases se enfocan en salud, cocinas o almacenes.',
        eligibility: 'Adultos con algo de inglés que buscan trabajo o quieren uno mejor.',
        howToApply: ['Llame o venga para inscribirse.', 'Haga una prueba corta de inglés.', 'Empiece al inicio del mes siguiente.'],
      },
      ar: {
        name: 'الإنجليزية للعمل',
        summary: 'تعلّم الإنجليزية التي تحتاجها للحصول على عمل والنجاح فيه.',
        description:
          'تدرّب على مقابلات العمل، والتحدث مع الزملاء والزبائن، وكلمات السلامة، ورسائل البريد في العمل. بعض الدروس تركز على الرعاية الصحية أو المطابخ أو المستودعات.',
        eligibility: 'البالغون الذين يعرفون بعض الإنجليزية ويبحثون عن عمل أو عن عمل أفضل.',
        howToApply: ['اتصل أو تعال للتسجيل.', 'قدّم اختبارًا قصيرًا في الإنجليزية.', 'ابدأ في أول الشهر التالي.'],
      },
      fr: {
        name: 'Anglais pour le travail',
        summary: "Apprenez l'anglais dont vous avez besoin pour trouver un emploi et réussir au travail.",
        description:
          "Entraînez-vous aux entretiens d'embauche, aux échanges avec les collègues et les clients, au vocabulaire de sécurité et aux e-mails professionnels. Certains cours portent sur la santé, la cuisine ou les entrepôts.",
        eligibility: 'Adultes qui parlent un peu anglais et cherchent un emploi ou un meilleur emploi.',
        howToApply: ['Appelez ou venez pour vous inscrire.', "Passez un court test d'anglais.", 'Commencez au début du mois suivant.'],
      },
      ht: {
        name: 'Angle pou travay',
        summary: 'Aprann angle ou bezwen pou jwenn travay epi byen travay.',
        description:
          'Pratike entèvyou travay, pale ak kòlèg ak kliyan, mo sou sekirite ak imèl travay. Gen kèk klas ki konsantre sou swen sante, kizin oswa depo.',
        eligibility: 'Granmoun ki konn yon ti kras angle k ap chèche travay oswa yon pi bon travay.',
        howToApply: ['Rele oswa vini pou enskri.', 'Fè yon ti tès angle.', 'Kòmanse nan kòmansman mwa k ap vini an.'],
      },
      pt: {
        name: 'Inglês para o trabalho',
        summary: 'Aprenda o inglês de que você precisa para conseguir emprego e se sair bem no trabalho.',
        description:
          'Pratique entrevistas de emprego, conversas com colegas e clientes, palavras de segurança e e-mails de trabalho. Algumas turmas são voltadas para saúde, cozinhas ou depósitos.',
        eligibility: 'Adultos com algum inglês que procuram emprego ou um emprego melhor.',
        howToApply: ['Ligue ou venha se inscrever.', 'Faça um teste rápido de inglês.', 'Comece no início do mês seguinte.'],
      },
      'zh-Hans': {
        name: '职场英语',
        summary: '学习找工作和做好工作所需的英语。',
        description: '练习求职面试、与同事和顾客交流、安全用语和工作邮件。部分课程专门针对医疗护理、厨房或仓库工作。',
        eligibility: '会一些英语、正在找工作或想找更好工作的成人。',
        howToApply: ['打电话或前来报名。', '参加简短的英语测试。', '下个月初开始上课。'],
      },
      'fa-AF': {
        name: 'انگلیسی برای کار',
        summary: 'انگلیسی لازم برای پیدا کردن کار و موفقیت در کار را یاد بگیرید.',
        description:
          'مصاحبه کاری، صحبت با همکاران و مشتریان، لغات مصونیت و ایمیل‌های کاری را تمرین کنید. بعضی صنف‌ها روی کار در صحت، آشپزخانه یا گدام تمرکز دارند.',
        eligibility: 'بزرگسالانی که کمی انگلیسی می‌دانند و دنبال کار یا کار بهتر هستند.',
        howToApply: ['برای ثبت‌نام زنگ بزنید یا بیایید.', 'یک امتحان کوتاه انگلیسی بدهید.', 'از اول ماه آینده شروع کنید.'],
      },
    },
  },
  {
    slug: 'school-enrollment-help',
    primary: 'education-schools',
    secondary: 'family-children',
    documents: ['childBirthCert', 'childVaccines', 'proofOfAddress'],
    fee: 'free',
    hours: 'office',
    traits: {
      isFree: true,
      acceptsWalkIns: true,
      appointmentNeeded: false,
      interpreterAvailable: true,
      offeredOnline: false,
      offeredByPhone: true,
      ids: ['none_needed'],
      safety: 'welcoming',
    },
    instances: [{ org: 'riverton-schools-family-welcome-center' }, { org: 'new-roots-refugee-services' }],
    text: {
      en: {
        name: 'School enrollment help',
        summary: 'Enroll your child in a Riverton public school, whatever your immigration status.',
        description:
          "Children ages 5 to 21 have the right to free public school. We help you fill in the forms, test your child's English and choose a school. Schools do not ask about immigration status.",
        eligibility: 'Families with children ages 5 to 21 who live in Riverton.',
        howToApply: [
          'Come in or call for an appointment.',
          'Bring your child and the documents on the list. If you do not have them, come anyway.',
          "We give you the school's name and the first day.",
        ],
      },
      es: {
        name: 'Ayuda para inscribir a sus hijos en la escuela',
        summary: 'Inscriba a su hijo o hija en una escuela pública de Riverton, sin importar su estatus migratorio.',
        description:
          'Los niños de 5 a 21 años tienen derecho a la escuela pública gratuita. Le ayudamos a llenar los formularios, evaluamos el inglés de su hijo y elegimos una escuela. Las escuelas no preguntan por el estatus migratorio.',
        eligibility: 'Familias con hijos de 5 a 21 años que viven en Riverton.',
        howToApply: [
          'Venga o llame para hacer una cita.',
          'Traiga a su hijo y los documentos de la lista. Si no los tiene, venga de todos modos.',
          'Le damos el nombre de la escuela y el primer día de clases.',
        ],
      },
      ar: {
        name: 'المساعدة في تسجيل الأطفال في المدرسة',
        summary: 'سجّل طفلك في مدرسة عامة في ريفرتون، مهما كان وضعك من الهجرة.',
        description:
          'للأطفال من عمر 5 إلى 21 سنة الحق في مدرسة عامة مجانية. نساعدك في ملء النماذج، ونختبر مستوى طفلك في الإنجليزية، ونختار معك المدرسة. المدارس لا تسأل عن وضع الهجرة.',
        eligibility: 'العائلات التي لديها أطفال من 5 إلى 21 سنة وتعيش في ريفرتون.',
        howToApply: [
          'تعال أو اتصل لحجز موعد.',
          'أحضر طفلك والمستندات المذكورة في القائمة. إن لم تكن لديك فتعال على أي حال.',
          'نعطيك اسم المدرسة وأول يوم دراسي.',
        ],
      },
      fr: {
        name: "Aide à l'inscription scolaire",
        summary: "Inscrivez votre enfant dans une école publique de Riverton, quel que soit votre statut d'immigration.",
        description:
          "Les enfants de 5 à 21 ans ont droit à l'école publique gratuite. Nous vous aidons à remplir les formulaires, évaluons l'anglais de votre enfant et choisissons une école. Les écoles ne demandent pas le statut d'immigration.",
        eligibility: 'Les familles avec des enfants de 5 à 21 ans qui vivent à Riverton.',
        howToApply: [
          'Venez ou appelez pour un rendez-vous.',
          "Venez avec votre enfant et les documents de la liste. Si vous ne les avez pas, venez quand même.",
          "Nous vous donnons le nom de l'école et le premier jour de classe.",
        ],
      },
      ht: {
        name: 'Èd pou enskri pitit ou lekòl',
        summary: 'Enskri pitit ou nan yon lekòl piblik Riverton, kèlkeswa estati imigrasyon ou.',
        description:
          'Timoun ki gen 5 a 21 an gen dwa ale lekòl piblik gratis. Nou ede ou ranpli fòm yo, nou teste angle pitit ou epi nou chwazi yon lekòl. Lekòl yo pa mande estati imigrasyon.',
        eligibility: 'Fanmi ki gen timoun 5 a 21 an ki rete Riverton.',
        howToApply: [
          'Vini oswa rele pou yon randevou.',
          'Vini ak pitit ou ak dokiman ki sou lis la. Si ou pa genyen yo, vini kanmenm.',
          'Nou ba ou non lekòl la ak premye jou klas la.',
        ],
      },
      pt: {
        name: 'Ajuda com matrícula escolar',
        summary: 'Matricule seu filho numa escola pública de Riverton, qualquer que seja sua situação imigratória.',
        description:
          'Crianças e jovens de 5 a 21 anos têm direito à escola pública gratuita. Ajudamos a preencher os formulários, avaliamos o inglês da criança e escolhemos uma escola. As escolas não perguntam sobre situação imigratória.',
        eligibility: 'Famílias com filhos de 5 a 21 anos que moram em Riverton.',
        howToApply: [
          'Venha ou ligue para marcar um horário.',
          'Traga a criança e os documentos da lista. Se não tiver, venha mesmo assim.',
          'Informamos o nome da escola e o primeiro dia de aula.',
        ],
      },
      'zh-Hans': {
        name: '入学帮助',
        summary: '无论移民身份如何，都可以为孩子报读 Riverton 公立学校。',
        description: '5 至 21 岁的孩子有权免费上公立学校。我们帮您填写表格，测试孩子的英语水平，并选择学校。学校不会询问移民身份。',
        eligibility: '居住在 Riverton、有 5 至 21 岁孩子的家庭。',
        howToApply: ['直接前来或打电话预约。', '带上孩子和清单上的文件。如果没有这些文件，也请照样前来。', '我们会告诉您学校名称和第一天上学的日期。'],
      },
      'fa-AF': {
        name: 'کمک برای ثبت‌نام در مکتب',
        summary: 'طفل خود را در یک مکتب دولتی ریورتون ثبت‌نام کنید، با هر وضعیت مهاجرتی که دارید.',
        description:
          'اطفال ۵ تا ۲۱ ساله حق رفتن به مکتب دولتی رایگان را دارند. ما در پر کردن فورم‌ها کمک می‌کنیم، انگلیسی طفل شما را امتحان می‌کنیم و مکتب را انتخاب می‌کنیم. مکتب‌ها در مورد وضعیت مهاجرتی سؤال نمی‌کنند.',
        eligibility: 'فامیل‌هایی که اطفال ۵ تا ۲۱ ساله دارند و در ریورتون زندگی می‌کنند.',
        howToApply: [
          'بیایید یا برای وقت ملاقات زنگ بزنید.',
          'طفل خود و اسناد داخل فهرست را بیاورید. اگر ندارید، باز هم بیایید.',
          'ما نام مکتب و روز اول درس را به شما می‌گوییم.',
        ],
      },
    },
  },
  {
    slug: 'high-school-equivalency-classes',
    primary: 'education-schools',
    documents: ['diplomas'],
    fee: 'free',
    hours: 'eveningClass',
    traits: { ...OPEN_CLASS, acceptsWalkIns: false, offeredOnline: true },
    instances: [
      { org: 'riverton-adult-education', hours: 'morningClass' },
      { org: 'riverton-community-college', languages: ['en', 'es'] },
    ],
    text: {
      en: {
        name: 'High school equivalency classes (GED)',
        summary: 'Study for a high school diploma, in English or Spanish.',
        description:
          'Free classes prepare you for the GED or HiSET test in reading, writing, math, science and social studies. Many jobs and colleges ask for this diploma, and you can study in Spanish if that is easier.',
        eligibility: 'Adults 17 and older who did not finish high school, in the U.S. or another country.',
        howToApply: ['Come to an information session or call us.', 'Take a short placement test.', 'Join a class that fits your schedule.'],
      },
      es: {
        name: 'Clases para el diploma de equivalencia de secundaria (GED)',
        summary: 'Estudie para obtener un diploma de secundaria, en inglés o en español.',
        description:
          'Clases gratis le preparan para el examen GED o HiSET en lectura, escritura, matemáticas, ciencias y estudios sociales. Muchos trabajos y colegios piden este diploma, y puede estudiar en español si le resulta más fácil.',
        eligibility: 'Adultos de 17 años o más que no terminaron la secundaria, en EE. UU. o en otro país.',
        howToApply: ['Venga a una sesión informativa o llámenos.', 'Haga una prueba corta de nivel.', 'Únase a una clase que se ajuste a su horario.'],
      },
      ar: {
        name: 'دروس معادلة الثانوية (GED)',
        summary: 'ادرس للحصول على شهادة الثانوية، بالإنجليزية أو الإسبانية.',
        description:
          'دروس مجانية تعدّك لاختبار GED أو HiSET في القراءة والكتابة والرياضيات والعلوم والدراسات الاجتماعية. كثير من الوظائف والكليات تطلب هذه الشهادة، ويمكنك الدراسة بالإسبانية إن كانت أسهل لك.',
        eligibility: 'البالغون من عمر 17 سنة فما فوق الذين لم يكملوا الثانوية، في الولايات المتحدة أو في بلد آخر.',
        howToApply: ['احضر جلسة تعريفية أو اتصل بنا.', 'قدّم اختبارًا قصيرًا لتحديد المستوى.', 'انضم إلى درس يناسب وقتك.'],
      },
      fr: {
        name: "Cours d'équivalence du diplôme secondaire (GED)",
        summary: "Préparez un diplôme d'études secondaires, en anglais ou en espagnol.",
        description:
          "Des cours gratuits vous préparent à l'examen GED ou HiSET en lecture, écriture, mathématiques, sciences et sciences sociales. Beaucoup d'emplois et de collèges demandent ce diplôme, et vous pouvez étudier en espagnol si c'est plus facile.",
        eligibility: "Adultes de 17 ans et plus qui n'ont pas terminé le secondaire, aux États-Unis ou dans un autre pays.",
        howToApply: ["Venez à une séance d'information ou appelez-nous.", 'Passez un court test de niveau.', 'Rejoignez un cours adapté à votre emploi du temps.'],
      },
      ht: {
        name: 'Klas ekivalans lekòl segondè (GED)',
        summary: 'Etidye pou jwenn yon diplòm lekòl segondè, an angle oswa an panyòl.',
        description:
          'Klas gratis prepare ou pou egzamen GED oswa HiSET nan lekti, ekriti, matematik, syans ak etid sosyal. Anpil travay ak kolèj mande diplòm sa a, epi ou ka etidye an panyòl si sa pi fasil pou ou.',
        eligibility: 'Granmoun 17 an oswa plis ki pa t fini lekòl segondè, Ozetazini oswa nan yon lòt peyi.',
        howToApply: ['Vini nan yon sesyon enfòmasyon oswa rele nou.', 'Fè yon ti tès nivo.', 'Antre nan yon klas ki mache ak orè ou.'],
      },
      pt: {
        name: 'Aulas de equivalência do ensino médio (GED)',
        summary: 'Estude para tirar o diploma do ensino médio, em inglês ou espanhol.',
        description:
          'Aulas gratuitas preparam você para a prova GED ou HiSET em leitura, escrita, matemática, ciências e estudos sociais. Muitos empregos e faculdades pedem esse diploma, e você pode estudar em espanhol se for mais fácil.',
        eligibility: 'Adultos a partir de 17 anos que não terminaram o ensino médio, nos EUA ou em outro país.',
        howToApply: ['Venha a uma sessão informativa ou ligue para nós.', 'Faça um teste rápido de nível.', 'Entre numa turma que combine com seus horários.'],
      },
      'zh-Hans': {
        name: '高中同等学历课程（GED）',
        summary: '用英语或西班牙语学习，考取高中文凭。',
        description: '免费课程帮助您准备 GED 或 HiSET 考试，包括阅读、写作、数学、科学和社会研究。很多工作和大学要求这个文凭；如果用西班牙语学习更容易，也可以用西班牙语。',
        eligibility: '17 岁及以上、未完成高中学业的成人（在美国或其他国家）。',
        howToApply: ['参加说明会或打电话给我们。', '参加简短的分级测试。', '加入适合您时间的班级。'],
      },
      'fa-AF': {
        name: 'صنف‌های معادل دیپلوم لیسه (GED)',
        summary: 'برای گرفتن دیپلوم لیسه به انگلیسی یا اسپانیایی درس بخوانید.',
        description:
          'صنف‌های رایگان شما را برای امتحان GED یا HiSET در خواندن، نوشتن، ریاضی، ساینس و علوم اجتماعی آماده می‌کند. بسیاری از کارها و کالج‌ها این دیپلوم را می‌خواهند و اگر آسان‌تر است می‌توانید به اسپانیایی بخوانید.',
        eligibility: 'بزرگسالان ۱۷ ساله و بالاتر که لیسه را در امریکا یا کشور دیگر تمام نکرده‌اند.',
        howToApply: ['به یک جلسه معلوماتی بیایید یا به ما زنگ بزنید.', 'یک امتحان کوتاه سطح بدهید.', 'در صنفی که با وقت شما جور است شامل شوید.'],
      },
    },
  },
  {
    slug: 'homework-help-for-children',
    primary: 'education-schools',
    secondary: 'family-children',
    documents: [],
    fee: 'free',
    hours: 'afterSchool',
    traits: OPEN_CLASS,
    instances: [
      { org: 'riverton-public-library', at: [1] },
      { org: 'riverside-neighborhood-house' },
      { org: 'riverton-chinese-community-center' },
    ],
    text: {
      en: {
        name: 'Free homework help for children',
        summary: 'Tutors help children and teens with homework after school.',
        description:
          'Volunteer tutors help with reading, math and English homework. Parents can also ask staff how the U.S. school system works.',
        eligibility: 'Children and teens in grades 1 to 12.',
        howToApply: ['Come after school; no sign-up needed.', 'Children under 8 must come with an adult.'],
      },
      es: {
        name: 'Ayuda gratis con las tareas para niños',
        summary: 'Tutores ayudan a niños y adolescentes con las tareas después de la escuela.',
        description:
          'Tutores voluntarios ayudan con las tareas de lectura, matemáticas e inglés. Los padres también pueden preguntar al personal cómo funciona el sistema escolar de EE. UU.',
        eligibility: 'Niños y adolescentes de 1.º a 12.º grado.',
        howToApply: ['Vengan después de la escuela; no hace falta inscribirse.', 'Los menores de 8 años deben venir con un adulto.'],
      },
      ar: {
        name: 'مساعدة مجانية في الواجبات المدرسية للأطفال',
        summary: 'يساعد مدرّسون الأطفال والمراهقين في الواجبات بعد المدرسة.',
        description:
          'يساعد مدرّسون متطوعون في واجبات القراءة والرياضيات والإنجليزية. ويمكن للآباء أيضًا سؤال الموظفين عن طريقة عمل النظام المدرسي في الولايات المتحدة.',
        eligibility: 'الأطفال والمراهقون من الصف الأول إلى الصف الثاني عشر.',
        howToApply: ['تعالوا بعد المدرسة؛ لا حاجة للتسجيل.', 'الأطفال دون الثامنة يجب أن يأتوا مع شخص بالغ.'],
      },
      fr: {
        name: 'Aide aux devoirs gratuite pour les enfants',
        summary: "Des tuteurs aident les enfants et les adolescents à faire leurs devoirs après l'école.",
        description:
          'Des tuteurs bénévoles aident pour les devoirs de lecture, de maths et d’anglais. Les parents peuvent aussi demander au personnel comment fonctionne le système scolaire américain.',
        eligibility: 'Enfants et adolescents du 1er au 12e grade (du CP à la terminale).',
        howToApply: ["Venez après l'école ; pas besoin de s'inscrire.", 'Les enfants de moins de 8 ans doivent venir avec un adulte.'],
      },
      ht: {
        name: 'Èd gratis pou devwa timoun',
        summary: 'Titè ede timoun ak adolesan fè devwa apre lekòl.',
        description:
          'Titè volontè ede ak devwa lekti, matematik ak angle. Paran yo ka mande anplwaye yo tou kijan sistèm lekòl Ozetazini an mache.',
        eligibility: 'Timoun ak adolesan nan klas 1ye rive 12yèm ane.',
        howToApply: ['Vini apre lekòl; ou pa bezwen enskri.', 'Timoun ki gen mwens pase 8 an dwe vini ak yon granmoun.'],
      },
      pt: {
        name: 'Ajuda gratuita com a lição de casa',
        summary: 'Tutores ajudam crianças e adolescentes com a lição de casa depois da escola.',
        description:
          'Tutores voluntários ajudam com lição de leitura, matemática e inglês. Os pais também podem perguntar à equipe como funciona o sistema escolar americano.',
        eligibility: 'Crianças e adolescentes do 1.º ao 12.º ano.',
        howToApply: ['Venham depois da escola; não precisa se inscrever.', 'Crianças com menos de 8 anos devem vir com um adulto.'],
      },
      'zh-Hans': {
        name: '免费儿童作业辅导',
        summary: '辅导老师在放学后帮助儿童和青少年做作业。',
        description: '志愿辅导老师帮助完成阅读、数学和英语作业。家长也可以向工作人员了解美国学校制度是如何运作的。',
        eligibility: '1 至 12 年级的儿童和青少年。',
        howToApply: ['放学后直接来，无需报名。', '8 岁以下儿童须由成人陪同。'],
      },
      'fa-AF': {
        name: 'کمک رایگان در کارخانگی اطفال',
        summary: 'استادان کمکی بعد از مکتب به اطفال و نوجوانان در کارخانگی کمک می‌کنند.',
        description:
          'استادان رضاکار در کارخانگی خواندن، ریاضی و انگلیسی کمک می‌کنند. والدین هم می‌توانند از کارمندان بپرسند سیستم مکتب در امریکا چطور کار می‌کند.',
        eligibility: 'اطفال و نوجوانان صنف ۱ تا ۱۲.',
        howToApply: ['بعد از مکتب بیایید؛ ثبت‌نام لازم نیست.', 'اطفال زیر ۸ سال باید با یک بزرگسال بیایند.'],
      },
    },
  },
  {
    slug: 'computer-basics-class',
    primary: 'digital-skills',
    documents: ['notebook'],
    fee: 'free',
    hours: 'morningClass',
    traits: { ...OPEN_CLASS, acceptsWalkIns: false },
    instances: [
      { org: 'techbridge-riverton' },
      { org: 'riverton-public-library', hours: 'saturdayGroup' },
      { org: 'riverton-adult-education', hours: 'eveningClass', verifiedDaysAgo: 421 },
    ],
    text: {
      en: {
        name: 'Computer basics class',
        summary: 'Learn to use a computer, the internet and email, step by step.',
        description:
          'In four weeks you learn to use a mouse and keyboard, search the internet safely, create an email account and fill in online forms. Computers are provided.',
        eligibility: 'Adults who are new to computers. Some English helps but is not required.',
        howToApply: ['Call or come in to sign up for the next class.', 'Come to all four sessions.'],
      },
      es: {
        name: 'Clase de computación básica',
        summary: 'Aprenda a usar una computadora, internet y el correo electrónico, paso a paso.',
        description:
          'En cuatro semanas aprende a usar el ratón y el teclado, buscar en internet de forma segura, crear una cuenta de correo y llenar formularios en línea. Nosotros ponemos las computadoras.',
        eligibility: 'Adultos que empiezan a usar computadoras. Saber algo de inglés ayuda, pero no es necesario.',
        howToApply: ['Llame o venga para inscribirse en la próxima clase.', 'Venga a las cuatro sesiones.'],
      },
      ar: {
        name: 'درس أساسيات الحاسوب',
        summary: 'تعلّم استخدام الحاسوب والإنترنت والبريد الإلكتروني خطوة بخطوة.',
        description:
          'في أربعة أسابيع تتعلم استخدام الفأرة ولوحة المفاتيح، والبحث في الإنترنت بأمان، وإنشاء حساب بريد إلكتروني، وملء النماذج عبر الإنترنت. الحواسيب متوفرة لدينا.',
        eligibility: 'البالغون المبتدئون في استخدام الحاسوب. معرفة بعض الإنجليزية تساعد لكنها ليست شرطًا.',
        howToApply: ['اتصل أو تعال للتسجيل في الدرس القادم.', 'احضر الجلسات الأربع كلها.'],
      },
      fr: {
        name: "Cours d'initiation à l'informatique",
        summary: "Apprenez à utiliser un ordinateur, internet et l'e-mail, pas à pas.",
        description:
          'En quatre semaines, vous apprenez à utiliser la souris et le clavier, à chercher sur internet en sécurité, à créer une adresse e-mail et à remplir des formulaires en ligne. Les ordinateurs sont fournis.',
        eligibility: "Adultes qui débutent en informatique. Un peu d'anglais aide, mais ce n'est pas obligatoire.",
        howToApply: ['Appelez ou venez vous inscrire au prochain cours.', 'Venez aux quatre séances.'],
      },
      ht: {
        name: 'Klas baz òdinatè',
        summary: 'Aprann sèvi ak yon òdinatè, entènèt ak imèl, etap pa etap.',
        description:
          'Nan kat semèn ou aprann sèvi ak sourit ak klavye, chèche sou entènèt an sekirite, kreye yon kont imèl epi ranpli fòm sou entènèt. Nou bay òdinatè yo.',
        eligibility: 'Granmoun ki fèk kòmanse ak òdinatè. Yon ti angle ede, men li pa obligatwa.',
        howToApply: ['Rele oswa vini pou enskri nan pwochen klas la.', 'Vini nan tout kat sesyon yo.'],
      },
      pt: {
        name: 'Aula de informática básica',
        summary: 'Aprenda a usar o computador, a internet e o e-mail, passo a passo.',
        description:
          'Em quatro semanas você aprende a usar o mouse e o teclado, pesquisar na internet com segurança, criar uma conta de e-mail e preencher formulários online. Os computadores são fornecidos.',
        eligibility: 'Adultos que estão começando a usar computador. Um pouco de inglês ajuda, mas não é obrigatório.',
        howToApply: ['Ligue ou venha se inscrever na próxima turma.', 'Venha às quatro aulas.'],
      },
      'zh-Hans': {
        name: '电脑基础班',
        summary: '一步一步学习使用电脑、上网和电子邮件。',
        description: '四周内，您将学会使用鼠标和键盘、安全上网搜索、注册电子邮箱，以及在网上填写表格。我们提供电脑。',
        eligibility: '刚开始接触电脑的成人。会一点英语有帮助，但不是必需的。',
        howToApply: ['打电话或前来报名下一期课程。', '四次课都要参加。'],
      },
      'fa-AF': {
        name: 'صنف مقدماتی کمپیوتر',
        summary: 'استفاده از کمپیوتر، انترنت و ایمیل را قدم به قدم یاد بگیرید.',
        description:
          'در چهار هفته یاد می‌گیرید از ماوس و کیبورد استفاده کنید، در انترنت به‌طور مصون جستجو کنید، حساب ایمیل بسازید و فورم‌های آنلاین را پر کنید. کمپیوتر از طرف ما است.',
        eligibility: 'بزرگسالانی که تازه با کمپیوتر آشنا می‌شوند. کمی انگلیسی کمک می‌کند اما ضروری نیست.',
        howToApply: ['برای ثبت‌نام در صنف بعدی زنگ بزنید یا بیایید.', 'در هر چهار جلسه شرکت کنید.'],
      },
    },
  },
  {
    slug: 'phone-and-computer-help',
    primary: 'digital-skills',
    documents: ['phoneOrLaptop'],
    fee: 'free',
    hours: 'walkInMornings',
    traits: { ...OPEN_CLASS, interpreterAvailable: true },
    instances: [
      { org: 'techbridge-riverton' },
      { org: 'afghan-community-association', hours: 'saturdayGroup' },
      { org: 'riverton-public-library', at: [1], hours: 'library' },
    ],
    text: {
      en: {
        name: 'One-on-one phone and computer help',
        summary: 'Get help with your phone, email, apps and online accounts, one person at a time.',
        description:
          'Bring your device and your question: setting up email, video calls with family, school apps, online banking or job applications. We can also tell you how to get a low-cost laptop or internet plan.',
        eligibility: 'Anyone who needs help with technology.',
        howToApply: ['Walk in during help hours.', 'Bring your device and any passwords you need.'],
      },
      es: {
        name: 'Ayuda individual con el teléfono y la computadora',
        summary: 'Reciba ayuda con su teléfono, correo, aplicaciones y cuentas en línea, de persona a persona.',
        description:
          'Traiga su aparato y su pregunta: configurar el correo, videollamadas con la familia, aplicaciones de la escuela, banca en línea o solicitudes de empleo. También le decimos cómo conseguir una computadora portátil o internet a bajo costo.',
        eligibility: 'Cualquier persona que necesite ayuda con la tecnología.',
        howToApply: ['Venga sin cita en el horario de ayuda.', 'Traiga su aparato y las contraseñas que necesite.'],
      },
      ar: {
        name: 'مساعدة فردية في الهاتف والحاسوب',
        summary: 'احصل على مساعدة في هاتفك وبريدك والتطبيقات والحسابات الإلكترونية، شخصًا لشخص.',
        description:
          'أحضر جهازك وسؤالك: إعداد البريد الإلكتروني، ومكالمات الفيديو مع العائلة، وتطبيقات المدرسة، والخدمات البنكية عبر الإنترنت، وطلبات العمل. ويمكننا أيضًا أن نخبرك كيف تحصل على حاسوب محمول أو باقة إنترنت بسعر منخفض.',
        eligibility: 'كل من يحتاج إلى مساعدة في التكنولوجيا.',
        howToApply: ['تعال دون موعد خلال ساعات المساعدة.', 'أحضر جهازك وأي كلمات مرور تحتاجها.'],
      },
      fr: {
        name: 'Aide individuelle pour le téléphone et l’ordinateur',
        summary: "Faites-vous aider pour votre téléphone, vos e-mails, vos applis et vos comptes en ligne, en tête-à-tête.",
        description:
          "Venez avec votre appareil et votre question : configurer l'e-mail, appels vidéo avec la famille, applis de l'école, banque en ligne ou candidatures. Nous pouvons aussi vous dire comment avoir un ordinateur portable ou internet à petit prix.",
        eligibility: "Toute personne qui a besoin d'aide avec la technologie.",
        howToApply: ["Venez sans rendez-vous pendant les heures d'aide.", 'Apportez votre appareil et les mots de passe nécessaires.'],
      },
      ht: {
        name: 'Èd yon sou yon ak telefòn ak òdinatè',
        summary: 'Jwenn èd ak telefòn ou, imèl, aplikasyon ak kont sou entènèt, yon moun alafwa.',
        description:
          'Pote aparèy ou ak kesyon ou: mete imèl, apèl videyo ak fanmi, aplikasyon lekòl, bank sou entènèt oswa aplikasyon travay. Nou ka di ou tou kijan pou jwenn yon laptop oswa entènèt ki pa koute chè.',
        eligibility: 'Nenpòt moun ki bezwen èd ak teknoloji.',
        howToApply: ['Vini san randevou pandan lè èd yo.', 'Pote aparèy ou ak modpas ou bezwen yo.'],
      },
      pt: {
        name: 'Ajuda individual com celular e computador',
        summary: 'Receba ajuda com seu celular, e-mail, aplicativos e contas online, uma pessoa de cada vez.',
        description:
          'Traga seu aparelho e sua dúvida: configurar e-mail, videochamadas com a família, aplicativos da escola, banco online ou candidaturas a emprego. Também explicamos como conseguir um notebook ou plano de internet barato.',
        eligibility: 'Qualquer pessoa que precise de ajuda com tecnologia.',
        howToApply: ['Venha sem hora marcada no horário de atendimento.', 'Traga seu aparelho e as senhas de que precisar.'],
      },
      'zh-Hans': {
        name: '一对一手机和电脑帮助',
        summary: '一对一帮助您使用手机、电子邮件、应用程序和网上账户。',
        description: '带上您的设备和问题：设置电子邮件、与家人视频通话、学校应用、网上银行或网上求职。我们也可以告诉您如何获得低价笔记本电脑或上网套餐。',
        eligibility: '任何需要科技帮助的人。',
        howToApply: ['在服务时间内直接前来。', '带上您的设备和需要用到的密码。'],
      },
      'fa-AF': {
        name: 'کمک انفرادی با تلیفون و کمپیوتر',
        summary: 'برای تلیفون، ایمیل، اپلیکیشن‌ها و حساب‌های آنلاین خود به‌طور انفرادی کمک بگیرید.',
        description:
          'دستگاه و سؤال خود را بیاورید: ساختن ایمیل، تماس ویدیویی با فامیل، اپلیکیشن‌های مکتب، بانکداری آنلاین یا درخواست کار. همچنان می‌گوییم چطور لپ‌تاپ یا انترنت ارزان بگیرید.',
        eligibility: 'هر کسی که در تکنالوژی به کمک ضرورت دارد.',
        howToApply: ['در ساعات کمک بدون وقت قبلی بیایید.', 'دستگاه خود و رمزهایی را که لازم دارید بیاورید.'],
      },
    },
  },
];

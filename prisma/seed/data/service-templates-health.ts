// Service templates: health & mental health, family & children, safety & emergencies.
import type { ServiceTemplate } from './types';

export const HEALTH_TEMPLATES: ServiceTemplate[] = [
  {
    slug: 'sliding-scale-clinic',
    primary: 'health',
    documents: ['insuranceCard', 'medicines', 'proofOfIncome'],
    fee: 'slidingScale',
    hours: 'clinic',
    traits: {
      isFree: false,
      acceptsWalkIns: true,
      appointmentNeeded: false,
      interpreterAvailable: true,
      offeredOnline: false,
      offeredByPhone: false,
      ids: ['none_needed'],
      safety: 'welcoming',
    },
    instances: [
      { org: 'northside-community-health-center', at: [0, 1] },
      { org: 'frog-hollow-family-health', hours: 'clinicWithSaturday' },
    ],
    text: {
      en: {
        name: 'Community health center — sliding-scale clinic',
        summary: 'Checkups, sick visits and care for long-term health problems, with or without insurance.',
        description:
          "Doctors and nurses care for adults and children: checkups, sick visits, diabetes, blood pressure, women's health and referrals to specialists. Without insurance, you pay according to your income. We do not ask about immigration status.",
        eligibility: 'Everyone, with or without insurance, whatever their immigration status.',
        howToApply: [
          'Call for an appointment, or walk in for urgent problems.',
          'Tell us if you need an interpreter.',
          'At your first visit, we help you apply for insurance or for the income discount.',
        ],
      },
      es: {
        name: 'Centro de salud comunitario — clínica con tarifa según ingresos',
        summary: 'Chequeos, consultas por enfermedad y atención de problemas de salud crónicos, con o sin seguro.',
        description:
          'Médicos y enfermeras atienden a adultos y niños: chequeos, consultas por enfermedad, diabetes, presión alta, salud de la mujer y referidos a especialistas. Sin seguro, paga según sus ingresos. No preguntamos por el estatus migratorio.',
        eligibility: 'Todas las personas, con o sin seguro, sin importar su estatus migratorio.',
        howToApply: [
          'Llame para hacer una cita o venga sin cita si es urgente.',
          'Díganos si necesita intérprete.',
          'En su primera visita le ayudamos a solicitar seguro o el descuento por ingresos.',
        ],
      },
      ar: {
        name: 'مركز صحي مجتمعي — عيادة برسوم حسب الدخل',
        summary: 'فحوصات دورية، وزيارات عند المرض، ورعاية للمشاكل الصحية المزمنة، بتأمين أو بدونه.',
        description:
          'يعتني الأطباء والممرضات بالكبار والأطفال: فحوصات دورية، وزيارات عند المرض، والسكري، وضغط الدم، وصحة المرأة، والتحويل إلى الأخصائيين. بدون تأمين تدفع حسب دخلك. لا نسأل عن وضع الهجرة.',
        eligibility: 'الجميع، بتأمين أو بدونه، مهما كان وضعهم من الهجرة.',
        howToApply: [
          'اتصل لحجز موعد، أو تعال دون موعد للحالات العاجلة.',
          'أخبرنا إن كنت تحتاج إلى مترجم.',
          'في زيارتك الأولى نساعدك في طلب التأمين أو التخفيض حسب الدخل.',
        ],
      },
      fr: {
        name: 'Centre de santé communautaire — tarif selon les revenus',
        summary: 'Bilans, consultations en cas de maladie et suivi des maladies chroniques, avec ou sans assurance.',
        description:
          "Médecins et infirmières soignent adultes et enfants : bilans, consultations, diabète, tension, santé des femmes et orientation vers des spécialistes. Sans assurance, vous payez selon vos revenus. Nous ne demandons pas le statut d'immigration.",
        eligibility: "Tout le monde, avec ou sans assurance, quel que soit le statut d'immigration.",
        howToApply: [
          'Appelez pour un rendez-vous, ou venez sans rendez-vous en cas d’urgence.',
          'Dites-nous si vous avez besoin d’un interprète.',
          'À la première visite, nous vous aidons à demander une assurance ou la réduction selon les revenus.',
        ],
      },
      ht: {
        name: 'Sant sante kominotè — klinik ak pri selon revni',
        summary: 'Egzamen, vizit lè ou malad ak swen pou pwoblèm sante ki dire lontan, ak asirans oswa san asirans.',
        description:
          'Doktè ak enfimyè pran swen granmoun ak timoun: egzamen, vizit lè ou malad, dyabèt, tansyon, sante fanm ak referans bay espesyalis. Si ou pa gen asirans, ou peye selon revni ou. Nou pa mande estati imigrasyon.',
        eligibility: 'Tout moun, ak asirans oswa san asirans, kèlkeswa estati imigrasyon yo.',
        howToApply: [
          'Rele pou yon randevou, oswa vini san randevou pou pwoblèm ijan.',
          'Di nou si ou bezwen yon entèprèt.',
          'Nan premye vizit ou, nou ede ou aplike pou asirans oswa pou rabè selon revni an.',
        ],
      },
      pt: {
        name: 'Centro de saúde comunitário — valor conforme a renda',
        summary: 'Consultas de rotina, atendimento quando está doente e cuidado de doenças crônicas, com ou sem plano de saúde.',
        description:
          'Médicos e enfermeiros atendem adultos e crianças: check-ups, consultas por doença, diabetes, pressão alta, saúde da mulher e encaminhamento a especialistas. Sem plano, você paga conforme a renda. Não perguntamos sobre situação imigratória.',
        eligibility: 'Todas as pessoas, com ou sem plano de saúde, qualquer que seja a situação imigratória.',
        howToApply: [
          'Ligue para marcar consulta, ou venha sem hora marcada em casos urgentes.',
          'Avise se precisar de intérprete.',
          'Na primeira consulta, ajudamos você a pedir plano de saúde ou o desconto pela renda.',
        ],
      },
      'zh-Hans': {
        name: '社区医疗中心——按收入收费诊所',
        summary: '体检、看病和慢性病护理，有无保险均可。',
        description: '医生和护士为成人和儿童提供服务：体检、看病、糖尿病、高血压、妇女健康及转诊专科。没有保险的，按收入付费。我们不询问移民身份。',
        eligibility: '所有人，无论有没有保险、是什么移民身份。',
        howToApply: ['打电话预约；如有急症可直接前来。', '如需口译员，请告诉我们。', '首次就诊时，我们会帮您申请保险或按收入减免。'],
      },
      'fa-AF': {
        name: 'مرکز صحی اجتماعی — کلینیک با هزینه بر اساس درآمد',
        summary: 'معاینه، مراجعه در وقت مریضی و مراقبت از مشکلات صحی درازمدت، با بیمه یا بدون بیمه.',
        description:
          'داکتران و نرس‌ها از بزرگسالان و اطفال مراقبت می‌کنند: معاینه، مراجعه در وقت مریضی، شکر، فشار خون، صحت زنان و معرفی به داکتران متخصص. بدون بیمه، بر اساس درآمد خود می‌پردازید. ما در مورد وضعیت مهاجرتی سؤال نمی‌کنیم.',
        eligibility: 'همه، با بیمه یا بدون بیمه، با هر وضعیت مهاجرتی.',
        howToApply: [
          'برای وقت ملاقات زنگ بزنید، یا برای مشکلات عاجل بدون وقت بیایید.',
          'اگر ترجمان لازم دارید به ما بگویید.',
          'در اولین مراجعه، ما در درخواست بیمه یا تخفیف بر اساس درآمد کمک می‌کنیم.',
        ],
      },
    },
  },
  {
    slug: 'health-insurance-enrollment-help',
    primary: 'health',
    secondary: 'money-taxes-benefits',
    documents: ['proofOfIncome', 'householdInfo', 'immigrationPapers', 'proofOfAddress'],
    fee: 'free',
    hours: 'office',
    traits: {
      isFree: true,
      acceptsWalkIns: false,
      appointmentNeeded: true,
      interpreterAvailable: true,
      offeredOnline: false,
      offeredByPhone: true,
      ids: ['none_needed'],
      safety: 'programRules',
    },
    instances: [
      { org: 'northside-community-health-center' },
      { org: 'riverton-health-and-human-services', traits: { safety: 'government' } },
      { org: 'casa-do-brasil-riverton' },
    ],
    text: {
      en: {
        name: 'Health insurance sign-up help',
        summary: 'Find out which health insurance you and your family can get, and apply with help.',
        description:
          'A trained navigator explains Medicaid (HUSKY), plans from the state marketplace and programs for children and pregnant women. Many children and pregnant women can get coverage whatever their status. Your information is used only for your application.',
        eligibility: 'Anyone who needs health insurance. Some programs depend on income and immigration status.',
        howToApply: [
          'Call to book an appointment.',
          'Bring the documents on the list for everyone in your household.',
          'We fill in the application with you and follow up.',
        ],
      },
      es: {
        name: 'Ayuda para inscribirse en un seguro médico',
        summary: 'Averigüe qué seguro médico pueden tener usted y su familia, y solicítelo con ayuda.',
        description:
          'Una persona capacitada le explica Medicaid (HUSKY), los planes del mercado del estado y los programas para niños y embarazadas. Muchos niños y embarazadas pueden tener cobertura sin importar su estatus. Su información se usa solo para su solicitud.',
        eligibility: 'Cualquier persona que necesite seguro médico. Algunos programas dependen de los ingresos y del estatus migratorio.',
        howToApply: [
          'Llame para hacer una cita.',
          'Traiga los documentos de la lista para todas las personas de su hogar.',
          'Llenamos la solicitud con usted y le damos seguimiento.',
        ],
      },
      ar: {
        name: 'المساعدة في التسجيل في التأمين الصحي',
        summary: 'اعرف أي تأمين صحي يمكنك أنت وعائلتك الحصول عليه، وقدّم الطلب بمساعدة.',
        description:
          'يشرح لك مرشد مدرَّب برنامج Medicaid (HUSKY) وخطط السوق الحكومية وبرامج الأطفال والحوامل. كثير من الأطفال والحوامل يمكنهم الحصول على تغطية مهما كان وضعهم. تُستخدم معلوماتك لطلبك فقط.',
        eligibility: 'كل من يحتاج إلى تأمين صحي. بعض البرامج تعتمد على الدخل ووضع الهجرة.',
        howToApply: [
          'اتصل لحجز موعد.',
          'أحضر المستندات المذكورة في القائمة لكل أفراد أسرتك.',
          'نملأ الطلب معك ونتابعه.',
        ],
      },
      fr: {
        name: "Aide pour s'inscrire à une assurance santé",
        summary: 'Découvrez quelle assurance santé vous et votre famille pouvez avoir, et faites la demande avec de l’aide.',
        description:
          "Un conseiller formé vous explique Medicaid (HUSKY), les offres du marché de l'État et les programmes pour les enfants et les femmes enceintes. Beaucoup d'enfants et de femmes enceintes peuvent être couverts quel que soit leur statut. Vos informations servent uniquement à votre demande.",
        eligibility: "Toute personne qui a besoin d'une assurance santé. Certains programmes dépendent des revenus et du statut d'immigration.",
        howToApply: [
          'Appelez pour prendre rendez-vous.',
          'Apportez les documents de la liste pour toutes les personnes de votre foyer.',
          'Nous remplissons la demande avec vous et assurons le suivi.',
        ],
      },
      ht: {
        name: 'Èd pou enskri nan yon asirans sante',
        summary: 'Konnen ki asirans sante ou menm ak fanmi ou ka jwenn, epi aplike ak èd.',
        description:
          'Yon konseye ki gen fòmasyon eksplike Medicaid (HUSKY), plan mache leta a ak pwogram pou timoun ak fanm ansent. Anpil timoun ak fanm ansent ka jwenn kouvèti kèlkeswa estati yo. Enfòmasyon ou sèvi sèlman pou aplikasyon ou.',
        eligibility: 'Nenpòt moun ki bezwen asirans sante. Gen kèk pwogram ki depann de revni ak estati imigrasyon.',
        howToApply: [
          'Rele pou pran yon randevou.',
          'Pote dokiman ki sou lis la pou tout moun lakay ou.',
          'Nou ranpli aplikasyon an avè ou epi nou swiv li.',
        ],
      },
      pt: {
        name: 'Ajuda para se inscrever num plano de saúde',
        summary: 'Descubra qual plano de saúde você e sua família podem ter, e faça o pedido com ajuda.',
        description:
          'Um orientador treinado explica o Medicaid (HUSKY), os planos do mercado estadual e os programas para crianças e gestantes. Muitas crianças e gestantes podem ter cobertura qualquer que seja a situação imigratória. Suas informações são usadas só para o seu pedido.',
        eligibility: 'Qualquer pessoa que precise de plano de saúde. Alguns programas dependem da renda e da situação imigratória.',
        howToApply: [
          'Ligue para marcar um horário.',
          'Traga os documentos da lista para todas as pessoas da sua casa.',
          'Preenchemos o pedido com você e acompanhamos.',
        ],
      },
      'zh-Hans': {
        name: '医疗保险登记帮助',
        summary: '了解您和家人可以获得哪种医疗保险，并在帮助下申请。',
        description: '经过培训的协助员为您讲解 Medicaid（HUSKY）、州保险市场的计划以及儿童和孕妇项目。许多儿童和孕妇无论身份如何都可以获得保险。您的信息只用于您的申请。',
        eligibility: '任何需要医疗保险的人。部分项目取决于收入和移民身份。',
        howToApply: ['打电话预约。', '带上家中每个人的清单所列文件。', '我们与您一起填写申请，并跟进进度。'],
      },
      'fa-AF': {
        name: 'کمک برای ثبت‌نام در بیمه صحی',
        summary: 'بدانید شما و فامیل شما کدام بیمه صحی را می‌توانید بگیرید، و با کمک درخواست بدهید.',
        description:
          'یک رهنمای آموزش‌دیده Medicaid (HUSKY)، پلان‌های بازار ایالتی و برنامه‌های اطفال و زنان حامله را توضیح می‌دهد. بسیاری از اطفال و زنان حامله با هر وضعیتی می‌توانند بیمه شوند. معلومات شما فقط برای درخواست شما استفاده می‌شود.',
        eligibility: 'هر کسی که بیمه صحی لازم دارد. بعضی برنامه‌ها به درآمد و وضعیت مهاجرتی بستگی دارد.',
        howToApply: [
          'برای گرفتن وقت ملاقات زنگ بزنید.',
          'اسناد داخل فهرست را برای همه اعضای خانه بیاورید.',
          'ما درخواست را با شما پر می‌کنیم و پیگیری می‌کنیم.',
        ],
      },
    },
  },
  {
    slug: 'free-vaccines',
    primary: 'health',
    secondary: 'family-children',
    documents: ['childVaccines', 'insuranceCard'],
    fee: 'freeVaccines',
    hours: 'walkInMornings',
    traits: {
      isFree: true,
      acceptsWalkIns: true,
      appointmentNeeded: false,
      interpreterAvailable: true,
      offeredOnline: false,
      offeredByPhone: false,
      ids: ['none_needed'],
      safety: 'welcoming',
    },
    instances: [
      { org: 'riverton-health-and-human-services' },
      { org: 'frog-hollow-family-health', hours: 'saturdayMorning' },
    ],
    text: {
      en: {
        name: 'Free vaccines for children and adults',
        summary: 'Vaccines for school, flu and COVID-19, free for children and people without insurance.',
        description:
          'Nurses give the vaccines children need for school, and vaccines for adults such as flu, COVID-19 and tetanus. Bring any vaccine records you have, even from another country; we can help read them.',
        eligibility: 'Children and adults. Free for children and for people without insurance.',
        howToApply: ['Walk in during vaccine hours, or call for an appointment.', 'Bring your vaccine records if you have them.'],
      },
      es: {
        name: 'Vacunas gratis para niños y adultos',
        summary: 'Vacunas para la escuela, la gripe y el COVID-19, gratis para niños y personas sin seguro.',
        description:
          'Las enfermeras ponen las vacunas que los niños necesitan para la escuela y vacunas para adultos, como la gripe, el COVID-19 y el tétanos. Traiga los registros de vacunas que tenga, aunque sean de otro país; le ayudamos a leerlos.',
        eligibility: 'Niños y adultos. Gratis para niños y para personas sin seguro.',
        howToApply: ['Venga sin cita en el horario de vacunas o llame para hacer una cita.', 'Traiga sus registros de vacunas si los tiene.'],
      },
      ar: {
        name: 'لقاحات مجانية للأطفال والكبار',
        summary: 'لقاحات المدرسة والإنفلونزا وكوفيد-19، مجانية للأطفال ولمن ليس لديهم تأمين.',
        description:
          'تعطي الممرضات اللقاحات التي يحتاجها الأطفال للمدرسة، ولقاحات الكبار مثل الإنفلونزا وكوفيد-19 والكزاز. أحضر أي سجلات لقاحات لديك، حتى لو كانت من بلد آخر؛ نساعدك في قراءتها.',
        eligibility: 'الأطفال والكبار. مجانية للأطفال ولمن ليس لديهم تأمين.',
        howToApply: ['تعال دون موعد خلال ساعات التطعيم، أو اتصل لحجز موعد.', 'أحضر سجلات اللقاحات إن كانت لديك.'],
      },
      fr: {
        name: 'Vaccins gratuits pour enfants et adultes',
        summary: "Vaccins pour l'école, la grippe et la COVID-19, gratuits pour les enfants et les personnes sans assurance.",
        description:
          "Des infirmières font les vaccins dont les enfants ont besoin pour l'école et les vaccins des adultes, comme la grippe, la COVID-19 et le tétanos. Apportez vos carnets de vaccination, même d'un autre pays ; nous pouvons vous aider à les lire.",
        eligibility: 'Enfants et adultes. Gratuit pour les enfants et pour les personnes sans assurance.',
        howToApply: ['Venez sans rendez-vous aux heures de vaccination, ou appelez pour un rendez-vous.', 'Apportez vos carnets de vaccination si vous les avez.'],
      },
      ht: {
        name: 'Vaksen gratis pou timoun ak granmoun',
        summary: 'Vaksen pou lekòl, grip ak COVID-19, gratis pou timoun ak moun ki pa gen asirans.',
        description:
          'Enfimyè bay vaksen timoun bezwen pou lekòl, ak vaksen pou granmoun tankou grip, COVID-19 ak tetanòs. Pote tout kat vaksen ou genyen, menm si yo soti nan yon lòt peyi; nou ka ede ou li yo.',
        eligibility: 'Timoun ak granmoun. Gratis pou timoun ak pou moun ki pa gen asirans.',
        howToApply: ['Vini san randevou pandan lè vaksen yo, oswa rele pou yon randevou.', 'Pote kat vaksen ou si ou genyen yo.'],
      },
      pt: {
        name: 'Vacinas gratuitas para crianças e adultos',
        summary: 'Vacinas para a escola, gripe e COVID-19, gratuitas para crianças e pessoas sem plano de saúde.',
        description:
          'Enfermeiras aplicam as vacinas que as crianças precisam para a escola e vacinas para adultos, como gripe, COVID-19 e tétano. Traga as carteiras de vacinação que tiver, mesmo de outro país; ajudamos a entendê-las.',
        eligibility: 'Crianças e adultos. Gratuito para crianças e para pessoas sem plano de saúde.',
        howToApply: ['Venha sem hora marcada no horário de vacinação, ou ligue para marcar.', 'Traga sua carteira de vacinação, se tiver.'],
      },
      'zh-Hans': {
        name: '儿童和成人免费疫苗',
        summary: '入学疫苗、流感和新冠疫苗，儿童和无保险者免费。',
        description: '护士为儿童接种入学所需的疫苗，也为成人接种流感、新冠和破伤风等疫苗。请带上您已有的疫苗记录，即使是其他国家的也可以，我们可以帮您看懂。',
        eligibility: '儿童和成人。儿童和没有保险的人免费。',
        howToApply: ['在疫苗接种时间内直接前来，或打电话预约。', '如有疫苗记录，请带上。'],
      },
      'fa-AF': {
        name: 'واکسین رایگان برای اطفال و بزرگسالان',
        summary: 'واکسین‌های مکتب، زکام و کووید-۱۹، رایگان برای اطفال و کسانی که بیمه ندارند.',
        description:
          'نرس‌ها واکسین‌هایی را که اطفال برای مکتب لازم دارند و واکسین‌های بزرگسالان مانند زکام، کووید-۱۹ و تیتانوس را می‌زنند. هر کارت واکسینی که دارید بیاورید، حتی از کشور دیگر؛ ما در خواندن آن کمک می‌کنیم.',
        eligibility: 'اطفال و بزرگسالان. برای اطفال و کسانی که بیمه ندارند رایگان است.',
        howToApply: ['در ساعات واکسین بدون وقت قبلی بیایید، یا برای وقت ملاقات زنگ بزنید.', 'اگر کارت واکسین دارید بیاورید.'],
      },
    },
  },
  {
    slug: 'counseling-in-your-language',
    primary: 'health',
    documents: ['insuranceCard'],
    fee: 'slidingScale',
    hours: 'office',
    traits: {
      isFree: false,
      acceptsWalkIns: false,
      appointmentNeeded: true,
      interpreterAvailable: true,
      offeredOnline: true,
      offeredByPhone: true,
      ids: ['none_needed'],
      safety: 'welcoming',
    },
    instances: [
      { org: 'northside-community-health-center' },
      { org: 'new-roots-refugee-services', fee: 'free', traits: { isFree: true } },
      { org: 'arab-american-community-center', fee: 'free', traits: { isFree: true } },
    ],
    text: {
      en: {
        name: 'Counseling in your language',
        summary: 'Talk with a counselor about stress, sadness, trauma or family problems, in your own language.',
        description:
          'Moving to a new country can be very hard. Our counselors understand the lives of immigrants and refugees and speak many languages. Sessions are private, in person, by phone or by video.',
        eligibility: 'Adults, teens and families. No insurance needed.',
        howToApply: [
          'Call and ask for a counseling appointment.',
          'We find a counselor who speaks your language.',
          'Your first session is usually within two weeks.',
        ],
      },
      es: {
        name: 'Consejería en su idioma',
        summary: 'Hable con un consejero sobre estrés, tristeza, trauma o problemas familiares, en su propio idioma.',
        description:
          'Mudarse a un país nuevo puede ser muy difícil. Nuestros consejeros entienden la vida de inmigrantes y refugiados y hablan muchos idiomas. Las sesiones son privadas, en persona, por teléfono o por video.',
        eligibility: 'Adultos, adolescentes y familias. No se necesita seguro.',
        howToApply: [
          'Llame y pida una cita de consejería.',
          'Buscamos un consejero que hable su idioma.',
          'Su primera sesión suele ser dentro de dos semanas.',
        ],
      },
      ar: {
        name: 'إرشاد نفسي بلغتك',
        summary: 'تحدّث مع مرشد نفسي عن التوتر أو الحزن أو الصدمات أو مشاكل العائلة، بلغتك.',
        description:
          'الانتقال إلى بلد جديد قد يكون صعبًا جدًا. مرشدونا يفهمون حياة المهاجرين واللاجئين ويتحدثون لغات كثيرة. الجلسات سرية، حضوريًا أو بالهاتف أو بالفيديو.',
        eligibility: 'الكبار والمراهقون والعائلات. لا حاجة إلى تأمين.',
        howToApply: [
          'اتصل واطلب موعدًا للإرشاد.',
          'نجد لك مرشدًا يتحدث لغتك.',
          'تكون الجلسة الأولى عادةً خلال أسبوعين.',
        ],
      },
      fr: {
        name: 'Soutien psychologique dans votre langue',
        summary: 'Parlez à un conseiller du stress, de la tristesse, d’un traumatisme ou de problèmes familiaux, dans votre langue.',
        description:
          "S'installer dans un nouveau pays peut être très dur. Nos conseillers comprennent la vie des immigrants et des réfugiés et parlent de nombreuses langues. Les séances sont confidentielles, sur place, par téléphone ou en vidéo.",
        eligibility: "Adultes, adolescents et familles. Pas besoin d'assurance.",
        howToApply: [
          'Appelez et demandez un rendez-vous de soutien psychologique.',
          'Nous trouvons un conseiller qui parle votre langue.',
          'La première séance a lieu en général dans les deux semaines.',
        ],
      },
      ht: {
        name: 'Konsèy nan lang ou',
        summary: 'Pale ak yon konseye sou estrès, tristès, twoma oswa pwoblèm fanmi, nan pwòp lang ou.',
        description:
          'Deplase nan yon nouvo peyi ka difisil anpil. Konseye nou yo konprann lavi imigran ak refijye epi yo pale anpil lang. Sesyon yo prive, an pèsòn, nan telefòn oswa pa videyo.',
        eligibility: 'Granmoun, adolesan ak fanmi. Ou pa bezwen asirans.',
        howToApply: [
          'Rele epi mande yon randevou pou konsèy.',
          'Nou jwenn yon konseye ki pale lang ou.',
          'Premye sesyon ou anjeneral nan de semèn.',
        ],
      },
      pt: {
        name: 'Aconselhamento no seu idioma',
        summary: 'Converse com um conselheiro sobre estresse, tristeza, trauma ou problemas de família, no seu idioma.',
        description:
          'Mudar para um novo país pode ser muito difícil. Nossos conselheiros entendem a vida de imigrantes e refugiados e falam muitos idiomas. As sessões são sigilosas, presenciais, por telefone ou por vídeo.',
        eligibility: 'Adultos, adolescentes e famílias. Não precisa de plano de saúde.',
        howToApply: [
          'Ligue e peça um horário de aconselhamento.',
          'Encontramos um conselheiro que fale o seu idioma.',
          'A primeira sessão costuma ser em até duas semanas.',
        ],
      },
      'zh-Hans': {
        name: '用您的母语进行心理咨询',
        summary: '用您自己的语言与咨询师谈谈压力、悲伤、创伤或家庭问题。',
        description: '搬到一个新国家可能非常艰难。我们的咨询师了解移民和难民的生活，会说多种语言。咨询内容保密，可以面谈、电话或视频。',
        eligibility: '成人、青少年和家庭。不需要保险。',
        howToApply: ['打电话预约心理咨询。', '我们为您找到会说您语言的咨询师。', '首次咨询通常在两周内。'],
      },
      'fa-AF': {
        name: 'مشوره روانی به زبان خودتان',
        summary: 'در مورد فشار روانی، غم، تروما یا مشکلات فامیلی به زبان خود با یک مشاور صحبت کنید.',
        description:
          'آمدن به یک کشور جدید می‌تواند بسیار سخت باشد. مشاوران ما زندگی مهاجرین و پناهندگان را درک می‌کنند و به زبان‌های زیادی صحبت می‌کنند. جلسات محرمانه است، حضوری، تلیفونی یا ویدیویی.',
        eligibility: 'بزرگسالان، نوجوانان و فامیل‌ها. بیمه لازم نیست.',
        howToApply: [
          'زنگ بزنید و وقت مشوره بخواهید.',
          'ما مشاوری پیدا می‌کنیم که به زبان شما صحبت کند.',
          'جلسه اول معمولاً در ظرف دو هفته است.',
        ],
      },
    },
  },
  {
    slug: 'preschool-and-child-care-help',
    primary: 'family-children',
    secondary: 'education-schools',
    documents: ['childBirthCert', 'proofOfIncome', 'proofOfAddress'],
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
      safety: 'programRules',
    },
    instances: [{ org: 'riverside-neighborhood-house' }, { org: 'riverton-schools-family-welcome-center' }],
    text: {
      en: {
        name: 'Preschool and child care help',
        summary: 'Find free preschool and get help paying for child care.',
        description:
          "We explain free preschool for 3- and 4-year-olds and help you apply for help paying for child care while you work or study. For most programs, only the child's information matters.",
        eligibility: 'Families with children from birth to age 12 who live in Riverton.',
        howToApply: [
          'Call or come in to talk with a family advocate.',
          'Bring the documents on the list.',
          'We help you apply and put your child on waiting lists.',
        ],
      },
      es: {
        name: 'Ayuda con preescolar y cuidado de niños',
        summary: 'Encuentre preescolar gratis y reciba ayuda para pagar el cuidado de niños.',
        description:
          'Le explicamos el preescolar gratis para niños de 3 y 4 años y le ayudamos a pedir ayuda para pagar el cuidado de niños mientras trabaja o estudia. En la mayoría de los programas solo cuenta la información del niño.',
        eligibility: 'Familias con niños desde recién nacidos hasta los 12 años que viven en Riverton.',
        howToApply: [
          'Llame o venga a hablar con una consejera familiar.',
          'Traiga los documentos de la lista.',
          'Le ayudamos a solicitar y a poner a su hijo en las listas de espera.',
        ],
      },
      ar: {
        name: 'المساعدة في الروضة ورعاية الأطفال',
        summary: 'اعثر على روضة مجانية واحصل على مساعدة في دفع تكاليف رعاية الأطفال.',
        description:
          'نشرح لك الروضة المجانية للأطفال بعمر 3 و4 سنوات، ونساعدك في طلب دعم لتكاليف رعاية الأطفال أثناء عملك أو دراستك. في أغلب البرامج تهم معلومات الطفل فقط.',
        eligibility: 'العائلات التي لديها أطفال من الولادة حتى 12 سنة وتعيش في ريفرتون.',
        howToApply: [
          'اتصل أو تعال للتحدث مع مرشدة الأسرة.',
          'أحضر المستندات المذكورة في القائمة.',
          'نساعدك في التقديم ووضع طفلك على قوائم الانتظار.',
        ],
      },
      fr: {
        name: "Aide pour la maternelle et la garde d'enfants",
        summary: "Trouvez une maternelle gratuite et de l'aide pour payer la garde d'enfants.",
        description:
          "Nous vous expliquons la maternelle gratuite pour les enfants de 3 et 4 ans et vous aidons à demander une aide pour payer la garde pendant que vous travaillez ou étudiez. Pour la plupart des programmes, seules les informations de l'enfant comptent.",
        eligibility: "Les familles avec des enfants de la naissance à 12 ans qui vivent à Riverton.",
        howToApply: [
          'Appelez ou venez parler avec une conseillère familiale.',
          'Apportez les documents de la liste.',
          "Nous vous aidons à faire la demande et à inscrire votre enfant sur les listes d'attente.",
        ],
      },
      ht: {
        name: 'Èd pou lekòl matènèl ak gadri',
        summary: 'Jwenn lekòl matènèl gratis epi jwenn èd pou peye gadri.',
        description:
          'Nou eksplike lekòl matènèl gratis pou timoun 3 ak 4 an, epi nou ede ou mande èd pou peye gadri pandan w ap travay oswa etidye. Pou pifò pwogram, se enfòmasyon timoun nan sèlman ki konte.',
        eligibility: 'Fanmi ki gen timoun depi yo fèt rive 12 an ki rete Riverton.',
        howToApply: [
          'Rele oswa vini pale ak yon konseye fanmi.',
          'Pote dokiman ki sou lis la.',
          'Nou ede ou aplike epi mete pitit ou sou lis datant yo.',
        ],
      },
      pt: {
        name: 'Ajuda com pré-escola e creche',
        summary: 'Encontre pré-escola gratuita e receba ajuda para pagar a creche.',
        description:
          'Explicamos a pré-escola gratuita para crianças de 3 e 4 anos e ajudamos você a pedir auxílio para pagar a creche enquanto trabalha ou estuda. Na maioria dos programas, só contam as informações da criança.',
        eligibility: 'Famílias com crianças de 0 a 12 anos que moram em Riverton.',
        howToApply: [
          'Ligue ou venha conversar com uma orientadora familiar.',
          'Traga os documentos da lista.',
          'Ajudamos a fazer o pedido e a colocar a criança nas listas de espera.',
        ],
      },
      'zh-Hans': {
        name: '学前班和托儿帮助',
        summary: '寻找免费学前班，并获得托儿费用补助。',
        description: '我们为您讲解 3 岁和 4 岁儿童的免费学前班，并帮助您在工作或学习期间申请托儿费用补助。大多数项目只看孩子的信息。',
        eligibility: '居住在 Riverton、有 0 至 12 岁孩子的家庭。',
        howToApply: ['打电话或前来与家庭顾问交谈。', '带上清单上的文件。', '我们帮您申请，并把孩子列入候补名单。'],
      },
      'fa-AF': {
        name: 'کمک برای کودکستان و نگهداری اطفال',
        summary: 'کودکستان رایگان پیدا کنید و برای پرداخت هزینه نگهداری اطفال کمک بگیرید.',
        description:
          'ما کودکستان رایگان برای اطفال ۳ و ۴ ساله را توضیح می‌دهیم و کمک می‌کنیم برای پرداخت هزینه نگهداری اطفال در وقت کار یا درس درخواست بدهید. در بیشتر برنامه‌ها فقط معلومات طفل مهم است.',
        eligibility: 'فامیل‌هایی که اطفال از تولد تا ۱۲ سال دارند و در ریورتون زندگی می‌کنند.',
        howToApply: [
          'زنگ بزنید یا بیایید تا با یک مشاور فامیل صحبت کنید.',
          'اسناد داخل فهرست را بیاورید.',
          'ما در درخواست و ثبت نام طفل شما در لست انتظار کمک می‌کنیم.',
        ],
      },
    },
  },
  {
    slug: 'wic-nutrition-program',
    primary: 'family-children',
    secondary: 'food-basic-needs',
    documents: ['childBirthCert', 'proofOfIncome', 'proofOfAddress', 'photoId'],
    fee: 'free',
    hours: 'split',
    traits: {
      isFree: true,
      acceptsWalkIns: false,
      appointmentNeeded: true,
      interpreterAvailable: true,
      offeredOnline: false,
      offeredByPhone: true,
      ids: ['any_photo_id', 'foreign_passport', 'consular_id', 'municipal_id'],
      safety: 'welcoming',
    },
    instances: [
      { org: 'riverton-health-and-human-services' },
      { org: 'northside-community-health-center', at: [1], verifiedDaysAgo: 530 },
    ],
    text: {
      en: {
        name: 'WIC: healthy food for mothers and young children',
        summary: 'Free healthy food, nutrition advice and breastfeeding help for pregnant women and children under 5.',
        description:
          'WIC gives you a card to buy milk, fruit, vegetables, cereal and baby formula, plus advice from nutritionists. WIC does not ask about immigration status, and using it does not hurt a green card application.',
        eligibility: 'Pregnant women, new mothers and children under 5 with income under the limit. Fathers and grandparents can apply for children.',
        howToApply: ['Call for an appointment.', 'Bring your child and the documents on the list.', 'You can get your WIC card the same day.'],
      },
      es: {
        name: 'WIC: comida saludable para madres y niños pequeños',
        summary: 'Comida saludable gratis, consejos de nutrición y apoyo para la lactancia para embarazadas y niños menores de 5 años.',
        description:
          'WIC le da una tarjeta para comprar leche, frutas, verduras, cereal y fórmula para bebé, además de consejos de nutricionistas. WIC no pregunta por el estatus migratorio, y usarlo no perjudica una solicitud de green card.',
        eligibility: 'Embarazadas, madres recientes y niños menores de 5 años con ingresos bajo el límite. Padres y abuelos pueden solicitarlo para los niños.',
        howToApply: ['Llame para hacer una cita.', 'Traiga a su hijo y los documentos de la lista.', 'Puede recibir su tarjeta WIC el mismo día.'],
      },
      ar: {
        name: 'برنامج WIC: طعام صحي للأمهات والأطفال الصغار',
        summary: 'طعام صحي مجاني ونصائح غذائية ودعم للرضاعة الطبيعية للحوامل والأطفال دون الخامسة.',
        description:
          'يعطيك برنامج WIC بطاقة لشراء الحليب والفواكه والخضروات والحبوب وحليب الأطفال، بالإضافة إلى نصائح من أخصائيي التغذية. لا يسأل WIC عن وضع الهجرة، واستخدامه لا يضر بطلب البطاقة الخضراء.',
        eligibility: 'الحوامل والأمهات الجدد والأطفال دون الخامسة إذا كان الدخل أقل من الحد. يمكن للآباء والأجداد التقديم للأطفال.',
        howToApply: ['اتصل لحجز موعد.', 'أحضر طفلك والمستندات المذكورة في القائمة.', 'يمكنك الحصول على بطاقة WIC في اليوم نفسه.'],
      },
      fr: {
        name: 'WIC : alimentation saine pour les mères et les jeunes enfants',
        summary: "Nourriture saine gratuite, conseils en nutrition et aide à l'allaitement pour les femmes enceintes et les enfants de moins de 5 ans.",
        description:
          "WIC vous donne une carte pour acheter du lait, des fruits, des légumes, des céréales et du lait infantile, ainsi que des conseils de nutritionnistes. WIC ne demande pas le statut d'immigration, et l'utiliser ne nuit pas à une demande de carte verte.",
        eligibility: 'Femmes enceintes, jeunes mères et enfants de moins de 5 ans dont les revenus sont sous le plafond. Les pères et les grands-parents peuvent faire la demande pour les enfants.',
        howToApply: ['Appelez pour un rendez-vous.', 'Venez avec votre enfant et les documents de la liste.', 'Vous pouvez recevoir votre carte WIC le jour même.'],
      },
      ht: {
        name: 'WIC: bon manje pou manman ak timoun piti',
        summary: 'Bon manje gratis, konsèy sou nitrisyon ak èd pou bay tete pou fanm ansent ak timoun ki poko gen 5 an.',
        description:
          'WIC ba ou yon kat pou achte lèt, fwi, legim, sereyal ak lèt bebe, plis konsèy nitrisyonis. WIC pa mande estati imigrasyon, epi itilize l pa fè tò ak yon aplikasyon kat vèt.',
        eligibility: 'Fanm ansent, manman ki fèk akouche ak timoun ki poko gen 5 an ki gen revni anba limit la. Papa ak granparan ka aplike pou timoun yo.',
        howToApply: ['Rele pou yon randevou.', 'Vini ak pitit ou ak dokiman ki sou lis la.', 'Ou ka resevwa kat WIC ou menm jou a.'],
      },
      pt: {
        name: 'WIC: alimentação saudável para mães e crianças pequenas',
        summary: 'Alimentos saudáveis gratuitos, orientação nutricional e apoio à amamentação para gestantes e crianças menores de 5 anos.',
        description:
          'O WIC dá um cartão para comprar leite, frutas, verduras, cereais e fórmula infantil, além de orientação de nutricionistas. O WIC não pergunta sobre situação imigratória, e usá-lo não prejudica um pedido de green card.',
        eligibility: 'Gestantes, mães de recém-nascidos e crianças menores de 5 anos com renda abaixo do limite. Pais e avós podem pedir para as crianças.',
        howToApply: ['Ligue para marcar um horário.', 'Traga a criança e os documentos da lista.', 'Você pode receber o cartão WIC no mesmo dia.'],
      },
      'zh-Hans': {
        name: 'WIC：母婴健康食品项目',
        summary: '为孕妇和 5 岁以下儿童提供免费健康食品、营养建议和母乳喂养帮助。',
        description: 'WIC 给您一张卡，用来购买牛奶、水果、蔬菜、谷物和婴儿配方奶粉，还有营养师的建议。WIC 不询问移民身份，使用 WIC 不会影响绿卡申请。',
        eligibility: '收入低于标准的孕妇、新妈妈和 5 岁以下儿童。父亲和祖父母也可以为孩子申请。',
        howToApply: ['打电话预约。', '带上孩子和清单上的文件。', '当天就可以拿到 WIC 卡。'],
      },
      'fa-AF': {
        name: 'WIC: غذای صحی برای مادران و اطفال خردسال',
        summary: 'غذای صحی رایگان، مشوره تغذیه و کمک در شیردهی برای زنان حامله و اطفال زیر ۵ سال.',
        description:
          'WIC به شما یک کارت می‌دهد تا شیر، میوه، سبزی، غله و شیر خشک طفل بخرید، همراه با مشوره متخصصان تغذیه. WIC در مورد وضعیت مهاجرتی سؤال نمی‌کند و استفاده از آن به درخواست گرین کارت ضرر نمی‌رساند.',
        eligibility: 'زنان حامله، مادران تازه و اطفال زیر ۵ سال که درآمد آن‌ها کمتر از حد است. پدران و پدرکلان‌ها هم می‌توانند برای اطفال درخواست بدهند.',
        howToApply: ['برای وقت ملاقات زنگ بزنید.', 'طفل خود و اسناد داخل فهرست را بیاورید.', 'می‌توانید کارت WIC را همان روز بگیرید.'],
      },
    },
  },
  {
    slug: 'parent-support-group',
    primary: 'family-children',
    secondary: 'community-recreation',
    documents: [],
    fee: 'free',
    hours: 'wednesdayEvening',
    traits: {
      isFree: true,
      acceptsWalkIns: true,
      appointmentNeeded: false,
      interpreterAvailable: false,
      offeredOnline: false,
      offeredByPhone: false,
      ids: ['none_needed'],
      safety: 'welcoming',
    },
    instances: [
      { org: 'riverside-neighborhood-house' },
      { org: 'arab-american-community-center', hours: 'saturdayGroup' },
      { org: 'konbit-haitian-community-center', verifiedDaysAgo: 246 },
    ],
    text: {
      en: {
        name: 'Parent support group',
        summary: 'Meet other immigrant parents and talk about raising children in a new country.',
        description:
          'Each meeting has a topic, such as school, discipline, screen time or keeping your language at home. Snacks and activities for children are provided.',
        eligibility: 'Parents and caregivers of children of any age.',
        howToApply: ['Just come; no sign-up needed.', 'Bring your children if you need to.'],
      },
      es: {
        name: 'Grupo de apoyo para padres',
        summary: 'Conozca a otros padres inmigrantes y hablen sobre cómo criar hijos en un país nuevo.',
        description:
          'Cada reunión tiene un tema, como la escuela, la disciplina, el tiempo frente a pantallas o mantener su idioma en casa. Hay refrigerios y actividades para los niños.',
        eligibility: 'Padres, madres y cuidadores de niños de cualquier edad.',
        howToApply: ['Solo venga; no hace falta inscribirse.', 'Traiga a sus hijos si lo necesita.'],
      },
      ar: {
        name: 'مجموعة دعم للآباء والأمهات',
        summary: 'تعرّف على آباء وأمهات مهاجرين آخرين وتحدثوا عن تربية الأطفال في بلد جديد.',
        description:
          'لكل لقاء موضوع، مثل المدرسة أو التأديب أو وقت الشاشات أو الحفاظ على لغتكم في البيت. تتوفر وجبات خفيفة وأنشطة للأطفال.',
        eligibility: 'الآباء والأمهات ومقدمو الرعاية لأطفال من أي عمر.',
        howToApply: ['تعال فقط؛ لا حاجة للتسجيل.', 'أحضر أطفالك إن احتجت.'],
      },
      fr: {
        name: 'Groupe de soutien pour parents',
        summary: "Rencontrez d'autres parents immigrants et parlez de l'éducation des enfants dans un nouveau pays.",
        description:
          "Chaque rencontre a un thème, comme l'école, la discipline, les écrans ou garder sa langue à la maison. Collation et activités pour les enfants sur place.",
        eligibility: "Parents et personnes qui s'occupent d'enfants de tout âge.",
        howToApply: ["Venez simplement ; pas besoin de s'inscrire.", 'Venez avec vos enfants si besoin.'],
      },
      ht: {
        name: 'Gwoup sipò pou paran',
        summary: 'Rankontre lòt paran imigran epi pale sou jan pou elve timoun nan yon nouvo peyi.',
        description:
          'Chak reyinyon gen yon sijè, tankou lekòl, disiplin, tan devan ekran oswa kenbe lang ou lakay ou. Gen ti goute ak aktivite pou timoun yo.',
        eligibility: 'Paran ak moun k ap okipe timoun nenpòt laj.',
        howToApply: ['Jis vini; ou pa bezwen enskri.', 'Vini ak pitit ou si ou bezwen.'],
      },
      pt: {
        name: 'Grupo de apoio para pais',
        summary: 'Conheça outros pais imigrantes e converse sobre criar filhos num país novo.',
        description:
          'Cada encontro tem um tema, como escola, disciplina, tempo de tela ou manter o seu idioma em casa. Há lanche e atividades para as crianças.',
        eligibility: 'Pais, mães e cuidadores de crianças de qualquer idade.',
        howToApply: ['É só vir; não precisa se inscrever.', 'Traga seus filhos, se precisar.'],
      },
      'zh-Hans': {
        name: '家长互助小组',
        summary: '结识其他移民家长，交流在新国家养育孩子的经验。',
        description: '每次聚会有一个主题，例如学校、管教孩子、使用电子屏幕的时间，或在家保持母语。现场提供点心和儿童活动。',
        eligibility: '任何年龄孩子的父母和照顾者。',
        howToApply: ['直接来即可，无需报名。', '如有需要，可以带孩子来。'],
      },
      'fa-AF': {
        name: 'گروه حمایت از والدین',
        summary: 'با والدین مهاجر دیگر آشنا شوید و در مورد تربیت اطفال در یک کشور جدید صحبت کنید.',
        description:
          'هر جلسه یک موضوع دارد، مانند مکتب، انضباط، وقت استفاده از صفحه‌ها یا نگه داشتن زبان خود در خانه. خوراکی سبک و فعالیت برای اطفال آماده است.',
        eligibility: 'والدین و سرپرستان اطفال در هر سنی.',
        howToApply: ['فقط بیایید؛ ثبت‌نام لازم نیست.', 'اگر لازم است اطفال خود را بیاورید.'],
      },
    },
  },
  {
    slug: 'domestic-violence-hotline',
    primary: 'safety-emergencies',
    documents: [],
    fee: 'free',
    hours: 'alwaysOpen',
    traits: {
      isFree: true,
      acceptsWalkIns: false,
      appointmentNeeded: false,
      interpreterAvailable: true,
      offeredOnline: false,
      offeredByPhone: true,
      ids: ['none_needed'],
      safety: 'welcoming',
    },
    instances: [{ org: 'safe-harbor-riverton', at: [] }],
    text: {
      en: {
        name: '24-hour domestic violence hotline',
        summary: 'Call day or night if someone at home hurts, threatens or controls you.',
        description:
          'Trained advocates listen, help you make a safety plan and can find you a safe place to stay tonight. You do not have to give your name. Your immigration status does not matter, and we never call immigration.',
        eligibility: 'Anyone affected by domestic or sexual violence, and people who are worried about someone.',
        howToApply: ['Call the hotline at any time.', 'If you are in danger right now, call 911.'],
      },
      es: {
        name: 'Línea de 24 horas contra la violencia doméstica',
        summary: 'Llame de día o de noche si alguien en su casa le lastima, le amenaza o le controla.',
        description:
          'Consejeras capacitadas le escuchan, le ayudan a hacer un plan de seguridad y pueden encontrarle un lugar seguro para quedarse esta noche. No tiene que dar su nombre. Su estatus migratorio no importa y nunca llamamos a inmigración.',
        eligibility: 'Cualquier persona afectada por violencia doméstica o sexual, y quienes están preocupados por alguien.',
        howToApply: ['Llame a la línea a cualquier hora.', 'Si está en peligro ahora mismo, llame al 911.'],
      },
      ar: {
        name: 'خط ساخن على مدار 24 ساعة للعنف الأسري',
        summary: 'اتصل ليلًا أو نهارًا إذا كان أحد في البيت يؤذيك أو يهددك أو يتحكم بك.',
        description:
          'تستمع إليك مرشدات مدرَّبات، ويساعدنك في وضع خطة أمان، ويمكنهن إيجاد مكان آمن لك الليلة. لا يلزمك ذكر اسمك. وضعك من الهجرة لا يهم، ونحن لا نتصل بسلطات الهجرة أبدًا.',
        eligibility: 'كل من يتأثر بالعنف الأسري أو الجنسي، ومن يقلق على شخص آخر.',
        howToApply: ['اتصل بالخط الساخن في أي وقت.', 'إن كنت في خطر الآن، اتصل بـ911.'],
      },
      fr: {
        name: 'Ligne 24 h/24 contre la violence conjugale',
        summary: "Appelez de jour comme de nuit si quelqu'un chez vous vous fait du mal, vous menace ou vous contrôle.",
        description:
          "Des intervenantes formées vous écoutent, vous aident à faire un plan de sécurité et peuvent vous trouver un lieu sûr pour cette nuit. Vous n'avez pas à donner votre nom. Votre statut d'immigration ne compte pas, et nous n'appelons jamais l'immigration.",
        eligibility: "Toute personne touchée par la violence conjugale ou sexuelle, et les personnes inquiètes pour quelqu'un.",
        howToApply: ["Appelez la ligne à n'importe quelle heure.", 'Si vous êtes en danger maintenant, appelez le 911.'],
      },
      ht: {
        name: 'Liy 24 sou 24 kont vyolans nan fanmi',
        summary: 'Rele lajounen kou lannwit si yon moun lakay ou ap fè ou mal, menase ou oswa kontwole ou.',
        description:
          'Konseye ki gen fòmasyon koute ou, ede ou fè yon plan sekirite epi yo ka jwenn yon kote ki an sekirite pou ou dòmi aswè a. Ou pa oblije bay non ou. Estati imigrasyon ou pa enpòtan, epi nou pa janm rele imigrasyon.',
        eligibility: 'Nenpòt moun ki viktim vyolans nan fanmi oswa vyolans seksyèl, ak moun ki enkyete pou yon lòt moun.',
        howToApply: ['Rele liy lan nenpòt ki lè.', 'Si ou an danje kounye a, rele 911.'],
      },
      pt: {
        name: 'Linha 24 horas contra a violência doméstica',
        summary: 'Ligue de dia ou de noite se alguém em casa machuca, ameaça ou controla você.',
        description:
          'Orientadoras treinadas ouvem você, ajudam a fazer um plano de segurança e podem encontrar um lugar seguro para você passar a noite. Você não precisa dar seu nome. Sua situação imigratória não importa, e nunca chamamos a imigração.',
        eligibility: 'Qualquer pessoa afetada por violência doméstica ou sexual, e quem está preocupado com alguém.',
        howToApply: ['Ligue para a linha a qualquer hora.', 'Se estiver em perigo agora, ligue para o 911.'],
      },
      'zh-Hans': {
        name: '24 小时家庭暴力求助热线',
        summary: '如果家里有人伤害、威胁或控制您，无论白天黑夜都可以打电话。',
        description: '受过培训的辅导员会倾听您的讲述，帮助您制定安全计划，并可为您找到今晚安全的住处。您不必透露姓名。您的移民身份无关紧要，我们绝不会联系移民局。',
        eligibility: '任何受到家庭暴力或性暴力影响的人，以及为他人担心的人。',
        howToApply: ['随时拨打热线。', '如果您现在有危险，请拨打 911。'],
      },
      'fa-AF': {
        name: 'خط ۲۴ ساعته خشونت خانگی',
        summary: 'اگر کسی در خانه به شما آسیب می‌رساند، تهدید یا کنترول می‌کند، شب یا روز زنگ بزنید.',
        description:
          'مشاوران آموزش‌دیده به شما گوش می‌دهند، در ساختن پلان مصونیت کمک می‌کنند و می‌توانند برای امشب یک جای امن پیدا کنند. لازم نیست نام خود را بگویید. وضعیت مهاجرتی شما مهم نیست و ما هرگز به اداره مهاجرت زنگ نمی‌زنیم.',
        eligibility: 'هر کسی که از خشونت خانگی یا جنسی متأثر شده، و کسانی که نگران کسی هستند.',
        howToApply: ['در هر وقتی به این خط زنگ بزنید.', 'اگر همین حالا در خطر هستید، به ۹۱۱ زنگ بزنید.'],
      },
    },
  },
  {
    slug: 'crisis-and-help-line',
    primary: 'safety-emergencies',
    secondary: 'housing-shelter',
    documents: [],
    fee: 'free',
    hours: 'alwaysOpen',
    traits: {
      isFree: true,
      acceptsWalkIns: false,
      appointmentNeeded: false,
      interpreterAvailable: true,
      offeredOnline: false,
      offeredByPhone: true,
      ids: ['none_needed'],
      safety: 'welcoming',
    },
    instances: [{ org: 'riverton-community-helpline', at: [] }],
    text: {
      en: {
        name: '24-hour crisis and help line',
        summary: 'Call any time for emotional support, an emergency shelter bed or help finding services.',
        description:
          'Trained staff answer day and night, with interpreters for any language. They can talk with you through a crisis, find an emergency shelter bed and connect you with food, housing or health services.',
        eligibility: 'Anyone in the Riverton area.',
        howToApply: ['Call at any time and say the name of your language to get an interpreter.', 'If someone is in danger right now, call 911.'],
      },
      es: {
        name: 'Línea de crisis y ayuda las 24 horas',
        summary: 'Llame a cualquier hora para recibir apoyo emocional, una cama en un refugio de emergencia o ayuda para encontrar servicios.',
        description:
          'Personal capacitado contesta de día y de noche, con intérpretes para cualquier idioma. Pueden acompañarle en una crisis, encontrar una cama en un refugio de emergencia y conectarle con servicios de comida, vivienda o salud.',
        eligibility: 'Cualquier persona en la zona de Riverton.',
        howToApply: ['Llame a cualquier hora y diga el nombre de su idioma para tener un intérprete.', 'Si alguien está en peligro ahora mismo, llame al 911.'],
      },
      ar: {
        name: 'خط الأزمات والمساعدة على مدار 24 ساعة',
        summary: 'اتصل في أي وقت للدعم النفسي أو لسرير في ملجأ طوارئ أو للمساعدة في إيجاد الخدمات.',
        description:
          'يجيب موظفون مدرَّبون ليلًا ونهارًا، مع مترجمين لأي لغة. يمكنهم مرافقتك خلال الأزمة، وإيجاد سرير في ملجأ طوارئ، وتوصيلك بخدمات الطعام أو السكن أو الصحة.',
        eligibility: 'أي شخص في منطقة ريفرتون.',
        howToApply: ['اتصل في أي وقت وقل اسم لغتك للحصول على مترجم.', 'إن كان أحد في خطر الآن، اتصل بـ911.'],
      },
      fr: {
        name: "Ligne de crise et d'aide 24 h/24",
        summary: "Appelez à toute heure pour un soutien moral, un lit d'hébergement d'urgence ou de l'aide pour trouver des services.",
        description:
          "Un personnel formé répond jour et nuit, avec des interprètes pour toutes les langues. Il peut vous accompagner pendant une crise, trouver un lit d'hébergement d'urgence et vous orienter vers l'aide alimentaire, le logement ou la santé.",
        eligibility: 'Toute personne de la région de Riverton.',
        howToApply: ["Appelez à toute heure et dites le nom de votre langue pour avoir un interprète.", "Si quelqu'un est en danger maintenant, appelez le 911."],
      },
      ht: {
        name: 'Liy kriz ak èd 24 sou 24',
        summary: 'Rele nenpòt ki lè pou sipò emosyonèl, yon kabann nan yon abri ijans oswa èd pou jwenn sèvis.',
        description:
          'Anplwaye ki gen fòmasyon reponn lajounen kou lannwit, ak entèprèt pou nenpòt lang. Yo ka akonpaye ou pandan yon kriz, jwenn yon kabann nan yon abri ijans epi konekte ou ak sèvis manje, lojman oswa sante.',
        eligibility: 'Nenpòt moun nan zòn Riverton.',
        howToApply: ['Rele nenpòt ki lè epi di non lang ou pou jwenn yon entèprèt.', 'Si yon moun an danje kounye a, rele 911.'],
      },
      pt: {
        name: 'Linha de crise e ajuda 24 horas',
        summary: 'Ligue a qualquer hora para apoio emocional, uma vaga em abrigo de emergência ou ajuda para encontrar serviços.',
        description:
          'Uma equipe treinada atende dia e noite, com intérpretes para qualquer idioma. Ela pode acompanhar você numa crise, encontrar uma vaga em abrigo de emergência e ligar você a serviços de alimentação, moradia ou saúde.',
        eligibility: 'Qualquer pessoa na região de Riverton.',
        howToApply: ['Ligue a qualquer hora e diga o nome do seu idioma para ter um intérprete.', 'Se alguém estiver em perigo agora, ligue para o 911.'],
      },
      'zh-Hans': {
        name: '24 小时危机求助热线',
        summary: '随时致电，获得情绪支持、紧急庇护床位或寻找服务的帮助。',
        description: '受过培训的工作人员日夜接听，可为任何语言提供口译。他们可以陪您度过危机，找到紧急庇护床位，并为您联系食物、住房或医疗服务。',
        eligibility: 'Riverton 地区的任何人。',
        howToApply: ['随时拨打，说出您的语言名称即可获得口译员。', '如果有人现在有危险，请拨打 911。'],
      },
      'fa-AF': {
        name: 'خط ۲۴ ساعته بحران و کمک',
        summary: 'در هر وقت برای حمایت روانی، یک بستر در پناهگاه عاجل یا کمک در پیدا کردن خدمات زنگ بزنید.',
        description:
          'کارمندان آموزش‌دیده شب و روز جواب می‌دهند و برای هر زبانی ترجمان دارند. آن‌ها در وقت بحران با شما صحبت می‌کنند، بستر پناهگاه عاجل پیدا می‌کنند و شما را با خدمات غذا، مسکن یا صحت وصل می‌کنند.',
        eligibility: 'هر کسی در منطقه ریورتون.',
        howToApply: ['در هر وقت زنگ بزنید و نام زبان خود را بگویید تا ترجمان بگیرید.', 'اگر کسی همین حالا در خطر است، به ۹۱۱ زنگ بزنید.'],
      },
    },
  },
  {
    slug: 'domestic-violence-survivor-advocacy',
    primary: 'safety-emergencies',
    documents: [],
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
    instances: [
      { org: 'safe-harbor-riverton', at: [1] },
      { org: 'casa-latina-riverton' },
      { org: 'arab-american-community-center' },
    ],
    text: {
      en: {
        name: 'Help for survivors of domestic violence',
        summary: 'An advocate helps you stay safe, go to court and learn your options, including immigration options.',
        description:
          'Advocates help with safety plans, protective orders, housing and counseling. Survivors may qualify for special immigration protection (VAWA or a U visa), and we connect you with a trusted legal office. Everything is confidential.',
        eligibility: 'Anyone who has been hurt by a partner or family member, now or in the past.',
        howToApply: [
          'Call to talk with an advocate, or come in during office hours.',
          "If it is not safe to call from home, use a friend's phone or come in person.",
        ],
      },
      es: {
        name: 'Ayuda para sobrevivientes de violencia doméstica',
        summary: 'Una consejera le ayuda a estar a salvo, ir a la corte y conocer sus opciones, incluidas las migratorias.',
        description:
          'Las consejeras ayudan con planes de seguridad, órdenes de protección, vivienda y terapia. Las sobrevivientes pueden calificar para protección migratoria especial (VAWA o visa U), y le conectamos con una oficina legal de confianza. Todo es confidencial.',
        eligibility: 'Cualquier persona lastimada por su pareja o un familiar, ahora o en el pasado.',
        howToApply: [
          'Llame para hablar con una consejera o venga en horario de oficina.',
          'Si no es seguro llamar desde su casa, use el teléfono de una amiga o venga en persona.',
        ],
      },
      ar: {
        name: 'مساعدة الناجين من العنف الأسري',
        summary: 'تساعدك مرشدة على البقاء بأمان، والذهاب إلى المحكمة، ومعرفة خياراتك، ومنها خيارات الهجرة.',
        description:
          'تساعد المرشدات في خطط الأمان وأوامر الحماية والسكن والعلاج النفسي. قد يحق للناجين الحصول على حماية هجرة خاصة (VAWA أو تأشيرة U)، ونوصلك بمكتب قانوني موثوق. كل شيء سري.',
        eligibility: 'كل من تعرّض للأذى من شريك أو فرد من العائلة، الآن أو في الماضي.',
        howToApply: [
          'اتصل للتحدث مع مرشدة، أو تعال خلال ساعات الدوام.',
          'إن لم يكن الاتصال من البيت آمنًا، استخدم هاتف صديقة أو تعال شخصيًا.',
        ],
      },
      fr: {
        name: 'Aide aux victimes de violence conjugale',
        summary: "Une intervenante vous aide à être en sécurité, à aller au tribunal et à connaître vos options, y compris en immigration.",
        description:
          "Les intervenantes aident pour le plan de sécurité, les ordonnances de protection, le logement et le soutien psychologique. Les victimes peuvent avoir droit à une protection spéciale en immigration (VAWA ou visa U), et nous vous orientons vers un bureau juridique de confiance. Tout est confidentiel.",
        eligibility: 'Toute personne maltraitée par un partenaire ou un membre de sa famille, maintenant ou dans le passé.',
        howToApply: [
          "Appelez pour parler à une intervenante, ou venez pendant les heures d'ouverture.",
          "S'il n'est pas sûr d'appeler de chez vous, utilisez le téléphone d'une amie ou venez sur place.",
        ],
      },
      ht: {
        name: 'Èd pou moun ki sibi vyolans nan fanmi',
        summary: 'Yon konseye ede ou rete an sekirite, ale nan tribinal epi konnen chwa ou genyen, tankou chwa imigrasyon.',
        description:
          'Konseye yo ede ak plan sekirite, lòd pwoteksyon, lojman ak terapi. Moun ki sibi vyolans ka kalifye pou yon pwoteksyon imigrasyon espesyal (VAWA oswa viza U), epi nou konekte ou ak yon biwo legal ou ka fè konfyans. Tout bagay rete konfidansyèl.',
        eligibility: 'Nenpòt moun yon patnè oswa yon manm fanmi te fè mal, kounye a oswa nan tan pase.',
        howToApply: [
          'Rele pou pale ak yon konseye, oswa vini pandan lè biwo a louvri.',
          'Si li pa an sekirite pou rele lakay ou, sèvi ak telefòn yon zanmi oswa vini an pèsòn.',
        ],
      },
      pt: {
        name: 'Ajuda para sobreviventes de violência doméstica',
        summary: 'Uma orientadora ajuda você a ficar em segurança, ir ao tribunal e conhecer suas opções, inclusive de imigração.',
        description:
          'As orientadoras ajudam com plano de segurança, medidas protetivas, moradia e terapia. Sobreviventes podem ter direito a proteção imigratória especial (VAWA ou visto U), e ligamos você a um escritório jurídico de confiança. Tudo é sigiloso.',
        eligibility: 'Qualquer pessoa agredida pelo parceiro ou por um familiar, agora ou no passado.',
        howToApply: [
          'Ligue para falar com uma orientadora, ou venha no horário de atendimento.',
          'Se não for seguro ligar de casa, use o telefone de uma amiga ou venha pessoalmente.',
        ],
      },
      'zh-Hans': {
        name: '家庭暴力幸存者援助',
        summary: '辅导员帮助您保障安全、出庭，并了解您的选择，包括移民方面的选择。',
        description: '辅导员协助制定安全计划、申请保护令、寻找住房和心理辅导。幸存者可能有资格获得特别移民保护（VAWA 或 U 签证），我们会为您联系可信赖的法律机构。所有内容都保密。',
        eligibility: '现在或过去受到伴侣或家人伤害的任何人。',
        howToApply: ['打电话与辅导员交谈，或在办公时间前来。', '如果在家打电话不安全，请用朋友的手机或亲自前来。'],
      },
      'fa-AF': {
        name: 'کمک برای بازماندگان خشونت خانگی',
        summary: 'یک مشاور کمک می‌کند مصون بمانید، به محکمه بروید و راه‌های خود، از جمله راه‌های مهاجرتی را بدانید.',
        description:
          'مشاوران در پلان مصونیت، حکم حمایتی، مسکن و مشوره روانی کمک می‌کنند. بازماندگان ممکن است برای حمایت خاص مهاجرتی (VAWA یا ویزه U) واجد شرایط باشند و ما شما را با یک دفتر حقوقی قابل اعتماد وصل می‌کنیم. همه چیز محرمانه است.',
        eligibility: 'هر کسی که اکنون یا در گذشته از طرف همسر یا عضو فامیل آسیب دیده است.',
        howToApply: [
          'برای صحبت با یک مشاور زنگ بزنید، یا در ساعات کاری بیایید.',
          'اگر زنگ زدن از خانه مصون نیست، از تلیفون یک دوست استفاده کنید یا خودتان بیایید.',
        ],
      },
    },
  },
];

// Service templates: legal & immigration help, citizenship. Each legal listing carries
// its T3 authorization from its organization (or the instance, for partner lawyers).
import type { ServiceTemplate } from './types';

const RILC_PARTNER = {
  kind: 'doj_accredited_representative',
  reference: 'DOJ recognition R-214-583 (partner: Riverton Immigrant Legal Center)',
} as const;
const CVLA_PARTNER = {
  kind: 'licensed_attorney',
  reference: 'Connecticut Juris No. 428173 (partner: Connecticut Valley Legal Aid)',
} as const;

export const LEGAL_TEMPLATES: ServiceTemplate[] = [
  {
    slug: 'free-immigration-legal-consultation',
    primary: 'legal-immigration',
    documents: ['immigrationPapers', 'passport', 'photoId'],
    fee: 'free',
    hours: 'split',
    traits: {
      isFree: true,
      acceptsWalkIns: false,
      appointmentNeeded: true,
      interpreterAvailable: true,
      offeredOnline: false,
      offeredByPhone: true,
      ids: ['none_needed'],
      safety: 'welcoming',
    },
    instances: [
      { org: 'riverton-immigrant-legal-center', at: [0, 1] },
      { org: 'connecticut-valley-legal-aid', verifiedDaysAgo: 212 },
      { org: 'saint-brigid-migrant-services' },
      { org: 'konbit-haitian-community-center', hours: 'walkInMornings', traits: { acceptsWalkIns: true, appointmentNeeded: false } },
    ],
    text: {
      en: {
        name: 'Free immigration legal consultation',
        summary: 'Talk privately with a legal expert about your immigration case, for free.',
        description:
          'A lawyer or DOJ-accredited representative listens to your story, checks your papers and explains your options, such as family petitions, work permits, green cards or asylum. What you say stays private.',
        eligibility: 'Anyone living in the Riverton area, whatever their immigration status.',
        howToApply: [
          'Call us to make an appointment.',
          'Tell us which language you speak; we will have an interpreter.',
          'Come with all your papers, or talk with us by phone.',
        ],
      },
      es: {
        name: 'Consulta legal de inmigración gratis',
        summary: 'Hable en privado con un experto legal sobre su caso de inmigración, sin costo.',
        description:
          'Un abogado o un representante acreditado por el DOJ escucha su historia, revisa sus papeles y le explica sus opciones, como peticiones familiares, permisos de trabajo, residencia o asilo. Lo que usted diga es confidencial.',
        eligibility: 'Cualquier persona que viva en la zona de Riverton, sin importar su estatus migratorio.',
        howToApply: [
          'Llámenos para hacer una cita.',
          'Díganos qué idioma habla; tendremos un intérprete.',
          'Venga con todos sus papeles, o hable con nosotros por teléfono.',
        ],
      },
      ar: {
        name: 'استشارة قانونية مجانية في الهجرة',
        summary: 'تحدّث بسرية ومجانًا مع خبير قانوني عن قضية الهجرة الخاصة بك.',
        description:
          'يستمع إليك محامٍ أو ممثل معتمد من وزارة العدل، ويراجع أوراقك، ويشرح خياراتك، مثل طلبات لمّ الشمل وتصاريح العمل والبطاقة الخضراء واللجوء. كل ما تقوله يبقى سريًا.',
        eligibility: 'أي شخص يعيش في منطقة ريفرتون، مهما كان وضعه من الهجرة.',
        howToApply: [
          'اتصل بنا لتحديد موعد.',
          'أخبرنا باللغة التي تتحدثها؛ سيكون معنا مترجم.',
          'تعال ومعك كل أوراقك، أو تحدث معنا عبر الهاتف.',
        ],
      },
      fr: {
        name: 'Consultation juridique gratuite en immigration',
        summary: "Parlez en privé et gratuitement avec un spécialiste de votre dossier d'immigration.",
        description:
          "Un avocat ou un représentant accrédité par le DOJ écoute votre histoire, vérifie vos papiers et vous explique vos options : demande pour la famille, permis de travail, carte verte ou asile. Ce que vous dites reste confidentiel.",
        eligibility: "Toute personne qui vit dans la région de Riverton, quel que soit son statut d'immigration.",
        howToApply: [
          'Appelez-nous pour prendre rendez-vous.',
          'Dites-nous quelle langue vous parlez ; nous aurons un interprète.',
          'Venez avec tous vos papiers, ou parlez-nous par téléphone.',
        ],
      },
      ht: {
        name: 'Konsiltasyon legal gratis sou imigrasyon',
        summary: 'Pale an prive ak yon ekspè legal sou ka imigrasyon ou, gratis.',
        description:
          'Yon avoka oswa yon reprezantan ki akredite pa DOJ ap koute istwa ou, gade papye ou epi eksplike ou ki chwa ou genyen, tankou petisyon fanmi, pèmi travay, kat vèt oswa azil. Sa ou di rete sekrè.',
        eligibility: 'Nenpòt moun ki rete nan zòn Riverton, kèlkeswa estati imigrasyon li.',
        howToApply: [
          'Rele nou pou pran yon randevou.',
          'Di nou ki lang ou pale; n ap gen yon entèprèt.',
          'Vini ak tout papye ou, oswa pale avè nou nan telefòn.',
        ],
      },
      pt: {
        name: 'Consulta jurídica de imigração gratuita',
        summary: 'Converse em particular e de graça com um especialista sobre o seu caso de imigração.',
        description:
          'Um advogado ou representante credenciado pelo DOJ ouve a sua história, confere seus papéis e explica suas opções, como petição familiar, permissão de trabalho, green card ou asilo. O que você disser fica em sigilo.',
        eligibility: 'Qualquer pessoa que more na região de Riverton, qualquer que seja sua situação imigratória.',
        howToApply: [
          'Ligue para marcar um horário.',
          'Diga qual idioma você fala; teremos um intérprete.',
          'Venha com todos os seus papéis, ou fale conosco por telefone.',
        ],
      },
      'zh-Hans': {
        name: '免费移民法律咨询',
        summary: '与法律专业人员私下免费讨论您的移民案件。',
        description:
          '律师或司法部认可代表会听您讲述情况，检查您的文件，并解释您的选择，例如亲属移民申请、工作许可、绿卡或庇护。您所说的内容都会保密。',
        eligibility: '居住在 Riverton 地区的任何人，不论移民身份。',
        howToApply: ['打电话预约。', '告诉我们您说什么语言，我们会安排口译员。', '带上您所有的文件前来，或通过电话与我们交谈。'],
      },
      'fa-AF': {
        name: 'مشوره حقوقی رایگان در مورد مهاجرت',
        summary: 'به‌طور محرمانه و رایگان با یک متخصص حقوقی در مورد قضیه مهاجرت خود صحبت کنید.',
        description:
          'یک وکیل یا نماینده معتبر وزارت عدلیه به سرگذشت شما گوش می‌دهد، اسناد شما را بررسی می‌کند و راه‌های شما را توضیح می‌دهد، مانند درخواست فامیلی، اجازه کار، گرین کارت یا پناهندگی. هر چه بگویید محرمانه می‌ماند.',
        eligibility: 'هر کسی که در منطقه ریورتون زندگی می‌کند، با هر وضعیت مهاجرتی.',
        howToApply: [
          'برای گرفتن وقت ملاقات به ما زنگ بزنید.',
          'به ما بگویید به چه زبانی صحبت می‌کنید؛ ترجمان خواهیم داشت.',
          'با تمام اسناد خود بیایید، یا از طریق تلیفون با ما صحبت کنید.',
        ],
      },
    },
  },
  {
    slug: 'daca-renewal-help',
    primary: 'legal-immigration',
    documents: ['dacaApproval', 'photoId', 'passportPhotos'],
    fee: 'freeGovFees',
    hours: 'office',
    traits: {
      isFree: true,
      acceptsWalkIns: false,
      appointmentNeeded: true,
      interpreterAvailable: false,
      offeredOnline: true,
      offeredByPhone: false,
      ids: ['state_id', 'consular_id', 'foreign_passport', 'any_photo_id'],
      safety: 'welcoming',
    },
    instances: [{ org: 'riverton-immigrant-legal-center' }, { org: 'casa-latina-riverton' }],
    text: {
      en: {
        name: 'DACA renewal help',
        summary: 'Get help renewing your DACA and work permit on time.',
        description:
          'We check that you still qualify, fill in the renewal forms with you and review them before you send them. Renew 120 to 150 days before your work permit expires so that you do not lose your job.',
        eligibility: 'People who have DACA now or had it in the past.',
        howToApply: [
          'Call for an appointment at least 5 months before your DACA expires.',
          'Bring the documents on the list.',
          'Sign the forms and send them with our help.',
        ],
      },
      es: {
        name: 'Ayuda para renovar DACA',
        summary: 'Reciba ayuda para renovar a tiempo su DACA y su permiso de trabajo.',
        description:
          'Revisamos que todavía califique, llenamos los formularios de renovación con usted y los revisamos antes de enviarlos. Renueve entre 120 y 150 días antes de que venza su permiso de trabajo para no perder su empleo.',
        eligibility: 'Personas que tienen DACA ahora o lo tuvieron antes.',
        howToApply: [
          'Llame para hacer una cita al menos 5 meses antes de que venza su DACA.',
          'Traiga los documentos de la lista.',
          'Firme los formularios y envíelos con nuestra ayuda.',
        ],
      },
      ar: {
        name: 'المساعدة في تجديد DACA',
        summary: 'احصل على مساعدة لتجديد DACA وتصريح العمل في الوقت المناسب.',
        description:
          'نتأكد من أنك ما زلت مؤهلًا، ونملأ نماذج التجديد معك، ونراجعها قبل إرسالها. جدّد قبل انتهاء تصريح العمل بـ120 إلى 150 يومًا حتى لا تفقد عملك.',
        eligibility: 'الأشخاص الذين لديهم DACA الآن أو كان لديهم في الماضي.',
        howToApply: [
          'اتصل لحجز موعد قبل انتهاء DACA بخمسة أشهر على الأقل.',
          'أحضر المستندات المذكورة في القائمة.',
          'وقّع النماذج وأرسلها بمساعدتنا.',
        ],
      },
      fr: {
        name: 'Aide au renouvellement du DACA',
        summary: 'Faites-vous aider pour renouveler à temps votre DACA et votre permis de travail.',
        description:
          "Nous vérifions que vous y avez toujours droit, remplissons les formulaires avec vous et les relisons avant l'envoi. Renouvelez 120 à 150 jours avant la fin de votre permis de travail pour ne pas perdre votre emploi.",
        eligibility: 'Les personnes qui ont le DACA ou qui l’ont eu dans le passé.',
        howToApply: [
          'Appelez pour un rendez-vous au moins 5 mois avant la fin de votre DACA.',
          'Apportez les documents de la liste.',
          'Signez les formulaires et envoyez-les avec notre aide.',
        ],
      },
      ht: {
        name: 'Èd pou renouvle DACA',
        summary: 'Jwenn èd pou renouvle DACA ou ak pèmi travay ou alè.',
        description:
          'Nou verifye si ou toujou kalifye, nou ranpli fòm renouvèlman yo avè ou epi nou revize yo anvan ou voye yo. Renouvle 120 a 150 jou anvan pèmi travay ou ekspire pou ou pa pèdi travay ou.',
        eligibility: 'Moun ki gen DACA kounye a oswa ki te genyen l anvan.',
        howToApply: [
          'Rele pou yon randevou omwen 5 mwa anvan DACA ou ekspire.',
          'Pote dokiman ki sou lis la.',
          'Siyen fòm yo epi voye yo ak èd nou.',
        ],
      },
      pt: {
        name: 'Ajuda para renovar o DACA',
        summary: 'Receba ajuda para renovar o DACA e a permissão de trabalho no prazo.',
        description:
          'Verificamos se você ainda tem direito, preenchemos os formulários de renovação com você e revisamos tudo antes do envio. Renove de 120 a 150 dias antes do vencimento da permissão de trabalho para não perder o emprego.',
        eligibility: 'Pessoas que têm DACA agora ou já tiveram.',
        howToApply: [
          'Ligue para marcar um horário pelo menos 5 meses antes do vencimento do DACA.',
          'Traga os documentos da lista.',
          'Assine os formulários e envie com a nossa ajuda.',
        ],
      },
      'zh-Hans': {
        name: 'DACA 续期帮助',
        summary: '帮助您按时续期 DACA 和工作许可。',
        description: '我们核实您是否仍符合条件，与您一起填写续期表格，并在寄出前检查。请在工作许可到期前 120 到 150 天续期，以免失去工作。',
        eligibility: '目前持有或曾经持有 DACA 的人。',
        howToApply: ['至少在 DACA 到期前 5 个月打电话预约。', '带上清单上的文件。', '在我们的帮助下签署并寄出表格。'],
      },
      'fa-AF': {
        name: 'کمک برای تمدید DACA',
        summary: 'برای تمدید به‌موقع DACA و اجازه کار خود کمک بگیرید.',
        description:
          'ما بررسی می‌کنیم که هنوز واجد شرایط هستید، فورم‌های تمدید را با شما پر می‌کنیم و پیش از فرستادن آن‌ها را کنترول می‌کنیم. ۱۲۰ تا ۱۵۰ روز پیش از ختم اجازه کار تمدید کنید تا کار خود را از دست ندهید.',
        eligibility: 'کسانی که اکنون DACA دارند یا قبلاً داشته‌اند.',
        howToApply: [
          'حداقل ۵ ماه پیش از ختم DACA برای وقت ملاقات زنگ بزنید.',
          'اسناد داخل فهرست را بیاورید.',
          'فورم‌ها را امضا کنید و با کمک ما بفرستید.',
        ],
      },
    },
  },
  {
    slug: 'asylum-application-help',
    primary: 'legal-immigration',
    documents: ['immigrationPapers', 'courtNotice', 'passport', 'i94'],
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
      safety: 'welcoming',
    },
    instances: [
      { org: 'riverton-immigrant-legal-center' },
      { org: 'saint-brigid-migrant-services', languages: ['en', 'es', 'pt', 'fr', 'vi'] },
    ],
    text: {
      en: {
        name: 'Asylum application help',
        summary: 'Help to apply for asylum if you are afraid to go back to your country.',
        description:
          'You usually must apply within one year of arriving in the U.S. A lawyer or accredited representative helps you tell your story, gather proof and fill in Form I-589, and later apply for a work permit while you wait.',
        eligibility: 'People in the U.S. who fear harm in their home country. Come as soon as you can.',
        howToApply: [
          'Call for a first appointment. If you have a court date soon, tell us right away.',
          'Bring every paper you have from immigration.',
          'We meet several times to prepare your case.',
        ],
      },
      es: {
        name: 'Ayuda para solicitar asilo',
        summary: 'Ayuda para pedir asilo si tiene miedo de volver a su país.',
        description:
          'Por lo general debe solicitarlo en el primer año después de llegar a EE. UU. Un abogado o representante acreditado le ayuda a contar su historia, reunir pruebas y llenar el formulario I-589, y después a pedir un permiso de trabajo mientras espera.',
        eligibility: 'Personas en EE. UU. que temen sufrir daño en su país. Venga lo antes posible.',
        howToApply: [
          'Llame para una primera cita. Si tiene una fecha en la corte pronto, díganoslo de inmediato.',
          'Traiga todos los papeles de inmigración que tenga.',
          'Nos reunimos varias veces para preparar su caso.',
        ],
      },
      ar: {
        name: 'المساعدة في طلب اللجوء',
        summary: 'مساعدة في طلب اللجوء إن كنت تخاف العودة إلى بلدك.',
        description:
          'في العادة يجب التقديم خلال سنة من الوصول إلى الولايات المتحدة. يساعدك محامٍ أو ممثل معتمد على رواية قصتك وجمع الأدلة وملء النموذج I-589، ثم طلب تصريح عمل أثناء الانتظار.',
        eligibility: 'الأشخاص الموجودون في الولايات المتحدة ويخافون التعرض للأذى في بلدهم. تعال في أقرب وقت ممكن.',
        howToApply: [
          'اتصل لحجز أول موعد. إن كان لديك موعد قريب في المحكمة فأخبرنا فورًا.',
          'أحضر كل الأوراق التي لديك من الهجرة.',
          'نلتقي عدة مرات لتحضير قضيتك.',
        ],
      },
      fr: {
        name: "Aide à la demande d'asile",
        summary: "Aide pour demander l'asile si vous avez peur de retourner dans votre pays.",
        description:
          "En général, il faut faire la demande dans l'année qui suit l'arrivée aux États-Unis. Un avocat ou un représentant accrédité vous aide à raconter votre histoire, à réunir des preuves et à remplir le formulaire I-589, puis à demander un permis de travail pendant l'attente.",
        eligibility: 'Les personnes aux États-Unis qui craignent des violences dans leur pays. Venez dès que possible.',
        howToApply: [
          'Appelez pour un premier rendez-vous. Si vous passez bientôt au tribunal, dites-le-nous tout de suite.',
          "Apportez tous vos papiers de l'immigration.",
          'Nous nous voyons plusieurs fois pour préparer votre dossier.',
        ],
      },
      ht: {
        name: 'Èd pou mande azil',
        summary: 'Èd pou mande azil si ou pè retounen nan peyi ou.',
        description:
          'Anjeneral, ou dwe aplike nan premye ane apre ou rive Ozetazini. Yon avoka oswa yon reprezantan akredite ede ou rakonte istwa ou, rasanble prèv epi ranpli fòm I-589, epi apre sa mande yon pèmi travay pandan w ap tann.',
        eligibility: 'Moun ki Ozetazini ki pè pou yo pa fè yo mal nan peyi yo. Vini pi vit ou kapab.',
        howToApply: [
          'Rele pou yon premye randevou. Si ou gen yon dat tribinal byento, di nou sa touswit.',
          'Pote tout papye imigrasyon ou genyen.',
          'Nou rankontre plizyè fwa pou prepare ka ou.',
        ],
      },
      pt: {
        name: 'Ajuda para pedir asilo',
        summary: 'Ajuda para pedir asilo se você tem medo de voltar ao seu país.',
        description:
          'Em geral, é preciso fazer o pedido no primeiro ano depois de chegar aos EUA. Um advogado ou representante credenciado ajuda você a contar sua história, reunir provas e preencher o formulário I-589, e depois a pedir permissão de trabalho enquanto espera.',
        eligibility: 'Pessoas nos EUA que temem sofrer violência no seu país. Venha o quanto antes.',
        howToApply: [
          'Ligue para a primeira consulta. Se tiver audiência em breve, avise-nos imediatamente.',
          'Traga todos os papéis de imigração que tiver.',
          'Nós nos encontramos várias vezes para preparar o seu caso.',
        ],
      },
      'zh-Hans': {
        name: '庇护申请帮助',
        summary: '如果您害怕回国，我们帮助您申请庇护。',
        description:
          '一般必须在抵达美国后一年内提出申请。律师或认可代表会帮助您陈述经历、收集证据、填写 I-589 表，之后在等待期间申请工作许可。',
        eligibility: '在美国、担心回国会受到伤害的人。请尽早前来。',
        howToApply: ['打电话预约首次面谈。如果近期有出庭日期，请立即告诉我们。', '带上您所有的移民文件。', '我们会见面几次，一起准备您的案件。'],
      },
      'fa-AF': {
        name: 'کمک برای درخواست پناهندگی',
        summary: 'کمک برای درخواست پناهندگی اگر از برگشتن به کشور خود می‌ترسید.',
        description:
          'معمولاً باید در سال اول بعد از رسیدن به امریکا درخواست بدهید. یک وکیل یا نماینده معتبر کمک می‌کند سرگذشت خود را بگویید، ثبوت جمع کنید و فورم I-589 را پر کنید، و بعداً در زمان انتظار اجازه کار درخواست کنید.',
        eligibility: 'کسانی که در امریکا هستند و از آسیب در کشور خود می‌ترسند. هر چه زودتر بیایید.',
        howToApply: [
          'برای اولین ملاقات زنگ بزنید. اگر به زودی تاریخ محکمه دارید، فوراً به ما بگویید.',
          'تمام اسنادی را که از مهاجرت دارید بیاورید.',
          'ما چند بار با هم می‌بینیم تا قضیه شما را آماده کنیم.',
        ],
      },
    },
  },
  {
    slug: 'know-your-rights-workshop',
    primary: 'legal-immigration',
    secondary: 'safety-emergencies',
    documents: [],
    fee: 'free',
    hours: 'wednesdayEvening',
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
      { org: 'riverton-workers-center', legal: CVLA_PARTNER },
      { org: 'casa-latina-riverton' },
      { org: 'arab-american-community-center', legal: CVLA_PARTNER, verifiedDaysAgo: 238 },
      { org: 'riverton-office-of-immigrant-affairs', hours: 'saturdayGroup' },
    ],
    text: {
      en: {
        name: 'Know-your-rights workshop',
        summary: 'Learn what to do if immigration agents or police come to your home, work or car.',
        description:
          'A lawyer or accredited representative explains your rights in plain words, whatever your status. You get a card to carry and practice what to say. You can ask questions without giving your name.',
        eligibility: 'Everyone is welcome. No registration and no ID needed.',
        howToApply: ['Come at the start time; no registration needed.', 'Bring your family and friends.'],
      },
      es: {
        name: 'Taller "Conozca sus derechos"',
        summary: 'Aprenda qué hacer si agentes de inmigración o la policía llegan a su casa, trabajo o carro.',
        description:
          'Un abogado o representante acreditado explica sus derechos en palabras sencillas, sin importar su estatus. Recibe una tarjeta para llevar consigo y practica qué decir. Puede hacer preguntas sin dar su nombre.',
        eligibility: 'Todos son bienvenidos. No hace falta inscribirse ni traer identificación.',
        howToApply: ['Venga a la hora de inicio; no necesita inscribirse.', 'Traiga a su familia y amigos.'],
      },
      ar: {
        name: 'ورشة "اعرف حقوقك"',
        summary: 'تعلّم ماذا تفعل إذا جاء عملاء الهجرة أو الشرطة إلى بيتك أو عملك أو سيارتك.',
        description:
          'يشرح محامٍ أو ممثل معتمد حقوقك بكلمات بسيطة، مهما كان وضعك. تحصل على بطاقة تحملها معك وتتدرب على ما تقوله. يمكنك طرح الأسئلة دون ذكر اسمك.',
        eligibility: 'الجميع مرحَّب بهم. لا حاجة للتسجيل ولا للهوية.',
        howToApply: ['تعال في موعد البدء؛ لا حاجة للتسجيل.', 'أحضر عائلتك وأصدقاءك.'],
      },
      fr: {
        name: 'Atelier « Connaissez vos droits »',
        summary: "Apprenez quoi faire si des agents de l'immigration ou la police viennent chez vous, au travail ou dans votre voiture.",
        description:
          'Un avocat ou un représentant accrédité explique vos droits avec des mots simples, quel que soit votre statut. Vous recevez une carte à garder sur vous et vous vous entraînez à répondre. Vous pouvez poser des questions sans donner votre nom.',
        eligibility: "Tout le monde est bienvenu. Pas d'inscription ni de pièce d'identité.",
        howToApply: ["Venez à l'heure du début ; pas besoin de s'inscrire.", 'Venez avec votre famille et vos amis.'],
      },
      ht: {
        name: 'Atelye "Konnen dwa ou"',
        summary: 'Aprann sa pou ou fè si ajan imigrasyon oswa lapolis vin lakay ou, nan travay ou oswa nan machin ou.',
        description:
          'Yon avoka oswa yon reprezantan akredite eksplike dwa ou ak mo ki senp, kèlkeswa estati ou. Ou resevwa yon kat pou mache avè l epi ou pratike sa pou ou di. Ou ka poze kesyon san ou pa bay non ou.',
        eligibility: 'Tout moun byenveni. Ou pa bezwen enskri ni pote pyès idantite.',
        howToApply: ['Vini a lè atelye a kòmanse; ou pa bezwen enskri.', 'Vini ak fanmi ou ak zanmi ou.'],
      },
      pt: {
        name: 'Oficina "Conheça seus direitos"',
        summary: 'Saiba o que fazer se agentes de imigração ou a polícia forem à sua casa, ao trabalho ou ao seu carro.',
        description:
          'Um advogado ou representante credenciado explica seus direitos com palavras simples, qualquer que seja sua situação. Você recebe um cartão para levar consigo e pratica o que dizer. Pode fazer perguntas sem dar o seu nome.',
        eligibility: 'Todos são bem-vindos. Não é preciso se inscrever nem levar documento.',
        howToApply: ['Chegue no horário de início; não precisa se inscrever.', 'Traga sua família e seus amigos.'],
      },
      'zh-Hans': {
        name: '"了解您的权利"讲座',
        summary: '了解移民执法人员或警察来到您家、工作场所或车旁时该怎么做。',
        description: '律师或认可代表用浅显的语言讲解您的权利，无论您是什么身份。您会拿到一张随身携带的权利卡，并练习该怎么说。提问时不必说出姓名。',
        eligibility: '欢迎所有人参加。无需报名，无需证件。',
        howToApply: ['按开始时间到场即可，无需报名。', '欢迎带家人和朋友一起来。'],
      },
      'fa-AF': {
        name: 'ورکشاپ «حقوق خود را بدانید»',
        summary: 'یاد بگیرید اگر مأموران مهاجرت یا پولیس به خانه، محل کار یا موتر شما آمدند چه کنید.',
        description:
          'یک وکیل یا نماینده معتبر حقوق شما را با کلمات ساده توضیح می‌دهد، با هر وضعیتی که دارید. یک کارت می‌گیرید که همراه خود داشته باشید و تمرین می‌کنید چه بگویید. می‌توانید بدون گفتن نام خود سؤال کنید.',
        eligibility: 'همه خوش‌آمدید. ثبت‌نام و کارت هویت لازم نیست.',
        howToApply: ['در وقت شروع بیایید؛ ثبت‌نام لازم نیست.', 'فامیل و دوستان خود را هم بیاورید.'],
      },
    },
  },
  {
    slug: 'tps-application-help',
    primary: 'legal-immigration',
    documents: ['tpsNotice', 'passport', 'proofOfAddress', 'photoId'],
    fee: 'freeGovFees',
    hours: 'office',
    traits: {
      isFree: true,
      acceptsWalkIns: true,
      appointmentNeeded: false,
      interpreterAvailable: true,
      offeredOnline: false,
      offeredByPhone: true,
      ids: ['foreign_passport', 'consular_id', 'any_photo_id'],
      safety: 'welcoming',
    },
    instances: [{ org: 'konbit-haitian-community-center' }, { org: 'riverton-immigrant-legal-center', at: [1] }],
    text: {
      en: {
        name: 'Temporary Protected Status (TPS) help',
        summary: 'Help to apply for or renew TPS and the work permit that comes with it.',
        description:
          'TPS protects people from some countries, such as Haiti, Venezuela, Ukraine and Afghanistan, from deportation for a time. Deadlines are short, so we help you file on time and tell you when the rules change.',
        eligibility: 'People from a country with TPS who arrived before the date set for that country. We check this with you.',
        howToApply: [
          'Call or walk in to check whether you qualify.',
          'Bring proof of your nationality and of when you arrived.',
          'We prepare and file the forms with you.',
        ],
      },
      es: {
        name: 'Ayuda con el Estatus de Protección Temporal (TPS)',
        summary: 'Ayuda para solicitar o renovar el TPS y el permiso de trabajo que lo acompaña.',
        description:
          'El TPS protege temporalmente de la deportación a personas de algunos países, como Haití, Venezuela, Ucrania y Afganistán. Los plazos son cortos: le ayudamos a presentar a tiempo y le avisamos cuando cambian las reglas.',
        eligibility: 'Personas de un país con TPS que llegaron antes de la fecha fijada para ese país. Lo revisamos con usted.',
        howToApply: [
          'Llame o venga sin cita para ver si califica.',
          'Traiga pruebas de su nacionalidad y de cuándo llegó.',
          'Preparamos y presentamos los formularios con usted.',
        ],
      },
      ar: {
        name: 'المساعدة في وضع الحماية المؤقتة (TPS)',
        summary: 'مساعدة في التقديم على TPS أو تجديده مع تصريح العمل المرافق له.',
        description:
          'يحمي وضع TPS مؤقتًا من الترحيل أشخاصًا من بعض البلدان مثل هايتي وفنزويلا وأوكرانيا وأفغانستان. المواعيد النهائية قصيرة، لذلك نساعدك على التقديم في الوقت المحدد ونخبرك عندما تتغير القواعد.',
        eligibility: 'أشخاص من بلد مشمول بـTPS وصلوا قبل التاريخ المحدد لذلك البلد. نتحقق من ذلك معك.',
        howToApply: [
          'اتصل أو تعال دون موعد لمعرفة إن كنت مؤهلًا.',
          'أحضر ما يثبت جنسيتك وتاريخ وصولك.',
          'نجهّز النماذج ونقدّمها معك.',
        ],
      },
      fr: {
        name: 'Aide pour le statut de protection temporaire (TPS)',
        summary: 'Aide pour demander ou renouveler le TPS et le permis de travail qui va avec.',
        description:
          "Le TPS protège pour un temps contre l'expulsion les personnes de certains pays, comme Haïti, le Venezuela, l'Ukraine et l'Afghanistan. Les délais sont courts : nous vous aidons à déposer à temps et vous prévenons quand les règles changent.",
        eligibility: "Les ressortissants d'un pays couvert par le TPS arrivés avant la date fixée pour ce pays. Nous le vérifions avec vous.",
        howToApply: [
          'Appelez ou venez sans rendez-vous pour savoir si vous y avez droit.',
          'Apportez une preuve de votre nationalité et de votre date d’arrivée.',
          'Nous préparons et déposons les formulaires avec vous.',
        ],
      },
      ht: {
        name: 'Èd pou Estati Pwoteksyon Tanporè (TPS)',
        summary: 'Èd pou aplike oswa renouvle TPS ak pèmi travay ki vini avè l.',
        description:
          'TPS pwoteje moun ki soti nan kèk peyi, tankou Ayiti, Venezyela, Ikrèn ak Afganistan, kont depòtasyon pou yon tan. Dat limit yo kout, kidonk nou ede ou depoze alè epi nou avèti ou lè règ yo chanje.',
        eligibility: 'Moun ki soti nan yon peyi ki gen TPS epi ki te rive anvan dat yo fikse pou peyi sa a. N ap verifye sa avè ou.',
        howToApply: [
          'Rele oswa vini san randevou pou konnen si ou kalifye.',
          'Pote prèv nasyonalite ou ak prèv dat ou te rive.',
          'Nou prepare epi depoze fòm yo avè ou.',
        ],
      },
      pt: {
        name: 'Ajuda com o Status de Proteção Temporária (TPS)',
        summary: 'Ajuda para pedir ou renovar o TPS e a permissão de trabalho que vem com ele.',
        description:
          'O TPS protege por um tempo contra a deportação pessoas de alguns países, como Haiti, Venezuela, Ucrânia e Afeganistão. Os prazos são curtos, por isso ajudamos você a enviar a tempo e avisamos quando as regras mudam.',
        eligibility: 'Pessoas de um país com TPS que chegaram antes da data definida para esse país. Verificamos isso com você.',
        howToApply: [
          'Ligue ou venha sem hora marcada para saber se tem direito.',
          'Traga prova da sua nacionalidade e da data de chegada.',
          'Preparamos e enviamos os formulários com você.',
        ],
      },
      'zh-Hans': {
        name: '临时保护身份（TPS）帮助',
        summary: '帮助申请或续期 TPS 以及随之而来的工作许可。',
        description:
          'TPS 在一段时间内保护来自某些国家（如海地、委内瑞拉、乌克兰和阿富汗）的人免遭遣返。申请期限很短，我们帮助您按时递交，并在规定变化时通知您。',
        eligibility: '来自 TPS 国家、且在该国规定日期之前抵达的人。我们会和您一起核实。',
        howToApply: ['打电话或直接前来，了解您是否符合条件。', '带上国籍证明和抵达日期证明。', '我们与您一起准备并递交表格。'],
      },
      // Dari: description and steps not translated yet (shown in English with a notice).
      'fa-AF': {
        name: 'کمک برای وضعیت حمایت موقت (TPS)',
        summary: 'کمک برای درخواست یا تمدید TPS و اجازه کاری که همراه آن است.',
        eligibility: 'کسانی از کشورهای دارای TPS که پیش از تاریخ تعیین‌شده برای آن کشور آمده‌اند. ما این را با شما بررسی می‌کنیم.',
      },
    },
  },
  {
    slug: 'immigration-court-and-detention-help',
    primary: 'legal-immigration',
    documents: ['courtNotice', 'immigrationPapers', 'passport'],
    fee: 'free',
    hours: 'phoneLine',
    traits: {
      isFree: true,
      acceptsWalkIns: false,
      appointmentNeeded: true,
      interpreterAvailable: true,
      offeredOnline: false,
      offeredByPhone: true,
      ids: ['none_needed'],
      safety: 'welcoming',
    },
    instances: [{ org: 'connecticut-valley-legal-aid' }, { org: 'riverton-immigrant-legal-center', verifiedDaysAgo: 455 }],
    text: {
      en: {
        name: 'Help with immigration court and detention',
        summary: 'A free lawyer may defend you in immigration court or help if a family member is detained.',
        description:
          'If you have a court date or got a Notice to Appear, do not miss it. Our lawyers review your case, may represent you in court and help families find a detained relative. We cannot take every case, but we always explain your options.',
        eligibility: 'People with a case in immigration court, and families of people who are detained.',
        howToApply: [
          'Call right away and tell us your court date.',
          'Bring every notice you got from the court.',
          'If someone is detained, have their full name, birth date and A-number ready.',
        ],
      },
      es: {
        name: 'Ayuda con la corte de inmigración y la detención',
        summary: 'Un abogado gratuito puede defenderle en la corte de inmigración o ayudar si un familiar está detenido.',
        description:
          'Si tiene una fecha en la corte o recibió una Notificación de Comparecencia, no falte. Nuestros abogados revisan su caso, pueden representarle en la corte y ayudan a las familias a encontrar a un familiar detenido. No podemos tomar todos los casos, pero siempre le explicamos sus opciones.',
        eligibility: 'Personas con un caso en la corte de inmigración y familias de personas detenidas.',
        howToApply: [
          'Llame de inmediato y díganos la fecha de su corte.',
          'Traiga todos los avisos que recibió de la corte.',
          'Si alguien está detenido, tenga listo su nombre completo, fecha de nacimiento y número A.',
        ],
      },
      ar: {
        name: 'المساعدة في محكمة الهجرة والاحتجاز',
        summary: 'قد يدافع عنك محامٍ مجاني في محكمة الهجرة أو يساعدك إن احتُجز أحد أفراد عائلتك.',
        description:
          'إن كان لديك موعد في المحكمة أو وصلك إشعار بالمثول، فلا تتغيب عنه. يراجع محامونا قضيتك، وقد يمثلونك في المحكمة، ويساعدون العائلات في العثور على قريب محتجز. لا نستطيع قبول كل القضايا، لكننا نشرح لك خياراتك دائمًا.',
        eligibility: 'الأشخاص الذين لديهم قضية في محكمة الهجرة، وعائلات المحتجزين.',
        howToApply: [
          'اتصل فورًا وأخبرنا بموعد المحكمة.',
          'أحضر كل الإشعارات التي وصلتك من المحكمة.',
          'إن كان أحدهم محتجزًا، جهّز اسمه الكامل وتاريخ ميلاده ورقم A الخاص به.',
        ],
      },
      fr: {
        name: "Aide pour le tribunal de l'immigration et la détention",
        summary: "Un avocat gratuit peut vous défendre au tribunal de l'immigration ou aider si un proche est détenu.",
        description:
          "Si vous avez une date d'audience ou avez reçu un avis de comparution, n'y manquez pas. Nos avocats étudient votre dossier, peuvent vous représenter et aident les familles à retrouver un proche détenu. Nous ne pouvons pas prendre tous les dossiers, mais nous expliquons toujours vos options.",
        eligibility: "Les personnes ayant un dossier au tribunal de l'immigration et les familles de personnes détenues.",
        howToApply: [
          "Appelez tout de suite et donnez-nous la date de l'audience.",
          'Apportez tous les avis reçus du tribunal.',
          'Si une personne est détenue, préparez son nom complet, sa date de naissance et son numéro A.',
        ],
      },
      ht: {
        name: 'Èd pou tribinal imigrasyon ak detansyon',
        summary: 'Yon avoka gratis ka defann ou nan tribinal imigrasyon oswa ede si yo arete yon manm fanmi ou.',
        description:
          'Si ou gen yon dat tribinal oswa ou resevwa yon Avi pou Parèt, pa rate l. Avoka nou yo egzamine ka ou, yo ka reprezante ou nan tribinal epi ede fanmi jwenn yon moun yo arete. Nou pa ka pran tout ka, men n ap toujou eksplike ou chwa ou genyen.',
        eligibility: 'Moun ki gen yon ka nan tribinal imigrasyon, ak fanmi moun ki nan detansyon.',
        howToApply: [
          'Rele touswit epi di nou dat tribinal ou.',
          'Pote tout avi tribinal la voye ba ou.',
          'Si yo arete yon moun, pare non konplè li, dat nesans li ak nimewo A li.',
        ],
      },
      pt: {
        name: 'Ajuda com o tribunal de imigração e detenção',
        summary: 'Um advogado gratuito pode defender você no tribunal de imigração ou ajudar se um familiar for detido.',
        description:
          'Se você tem uma audiência ou recebeu uma Notificação de Comparecimento, não falte. Nossos advogados analisam seu caso, podem representar você no tribunal e ajudam famílias a encontrar um parente detido. Não podemos aceitar todos os casos, mas sempre explicamos suas opções.',
        eligibility: 'Pessoas com processo no tribunal de imigração e famílias de pessoas detidas.',
        howToApply: [
          'Ligue imediatamente e informe a data da audiência.',
          'Traga todos os avisos que recebeu do tribunal.',
          'Se alguém estiver detido, tenha em mãos o nome completo, a data de nascimento e o número A da pessoa.',
        ],
      },
      // Chinese: eligibility and steps not translated yet.
      'zh-Hans': {
        name: '移民法庭和拘留相关帮助',
        summary: '免费律师可能在移民法庭为您辩护，或在家人被拘留时提供帮助。',
        description:
          '如果您有出庭日期或收到出庭通知（NTA），千万不要缺席。我们的律师会审查您的案件，可能代表您出庭，并帮助家属找到被拘留的亲人。我们无法接受所有案件，但一定会向您说明您的选择。',
      },
      'fa-AF': {
        name: 'کمک در محکمه مهاجرت و بازداشت',
        summary: 'یک وکیل رایگان ممکن است در محکمه مهاجرت از شما دفاع کند یا اگر یکی از اعضای فامیل بازداشت شده کمک کند.',
        description:
          'اگر تاریخ محکمه دارید یا اطلاعیه حضور (NTA) گرفته‌اید، حتماً حاضر شوید. وکلای ما قضیه شما را بررسی می‌کنند، ممکن است در محکمه نماینده شما باشند و به فامیل‌ها در پیدا کردن عضو بازداشت‌شده کمک می‌کنند. نمی‌توانیم همه قضایا را بگیریم، اما همیشه راه‌های شما را توضیح می‌دهیم.',
        eligibility: 'کسانی که در محکمه مهاجرت قضیه دارند، و فامیل‌های افراد بازداشت‌شده.',
        howToApply: [
          'فوراً زنگ بزنید و تاریخ محکمه خود را به ما بگویید.',
          'همه اطلاعیه‌هایی را که از محکمه گرفته‌اید بیاورید.',
          'اگر کسی بازداشت شده، نام کامل، تاریخ تولد و نمبر A او را آماده داشته باشید.',
        ],
      },
    },
  },
  {
    slug: 'immigration-form-typing',
    primary: 'legal-immigration',
    documents: ['immigrationPapers', 'photoId'],
    fee: 'paidForms',
    hours: 'clinicWithSaturday',
    traits: {
      isFree: false,
      acceptsWalkIns: true,
      appointmentNeeded: false,
      interpreterAvailable: false,
      offeredOnline: false,
      offeredByPhone: false,
      ids: ['any_photo_id'],
      safety: 'unknown',
    },
    instances: [{ org: 'esperanza-multiservicios' }],
    text: {
      en: {
        name: 'Immigration form typing (not legal advice)',
        summary: 'A paid service that types immigration forms you already know you need.',
        description:
          'Staff type the answers you give into government forms and print them. They are not lawyers or accredited representatives, so they cannot tell you which form to file or give advice. For advice, see a free legal consultation first.',
        eligibility: 'Anyone who pays the fee.',
        howToApply: [
          'Walk in during business hours.',
          'Ask for the price in writing before you pay.',
          'Never sign a blank form, and keep a copy of everything.',
        ],
      },
      es: {
        name: 'Llenado de formularios de inmigración (no es asesoría legal)',
        summary: 'Un servicio pagado que llena a máquina los formularios de inmigración que usted ya sabe que necesita.',
        description:
          'El personal escribe en los formularios del gobierno las respuestas que usted da y los imprime. No son abogados ni representantes acreditados, así que no pueden decirle qué formulario presentar ni darle consejos. Para recibir consejos, vaya primero a una consulta legal gratuita.',
        eligibility: 'Cualquier persona que pague la tarifa.',
        howToApply: [
          'Venga sin cita en horario de atención.',
          'Pida el precio por escrito antes de pagar.',
          'Nunca firme un formulario en blanco y guarde copia de todo.',
        ],
      },
      ar: {
        name: 'كتابة نماذج الهجرة (ليست استشارة قانونية)',
        summary: 'خدمة مدفوعة لكتابة نماذج الهجرة التي تعرف مسبقًا أنك تحتاجها.',
        description:
          'يكتب الموظفون إجاباتك في النماذج الحكومية ويطبعونها. هم ليسوا محامين ولا ممثلين معتمدين، فلا يمكنهم أن يقولوا لك أي نموذج تقدّم ولا أن ينصحوك. للحصول على نصيحة، اذهب أولًا إلى استشارة قانونية مجانية.',
        eligibility: 'أي شخص يدفع الرسوم.',
        howToApply: [
          'تعال دون موعد خلال ساعات العمل.',
          'اطلب السعر مكتوبًا قبل أن تدفع.',
          'لا توقّع أبدًا على نموذج فارغ، واحتفظ بنسخة من كل شيء.',
        ],
      },
      fr: {
        name: "Saisie de formulaires d'immigration (pas de conseil juridique)",
        summary: "Un service payant qui tape les formulaires d'immigration dont vous savez déjà avoir besoin.",
        description:
          "Le personnel tape vos réponses dans les formulaires du gouvernement et les imprime. Ce ne sont ni des avocats ni des représentants accrédités : ils ne peuvent pas vous dire quel formulaire déposer ni vous conseiller. Pour un conseil, allez d'abord à une consultation juridique gratuite.",
        eligibility: 'Toute personne qui paie le tarif.',
        howToApply: [
          "Venez sans rendez-vous pendant les heures d'ouverture.",
          'Demandez le prix par écrit avant de payer.',
          'Ne signez jamais un formulaire vide et gardez une copie de tout.',
        ],
      },
      ht: {
        name: 'Tape fòm imigrasyon (se pa konsèy legal)',
        summary: 'Yon sèvis peye ki tape fòm imigrasyon ou deja konnen ou bezwen.',
        description:
          'Anplwaye yo tape repons ou bay yo nan fòm gouvènman an epi yo enprime yo. Yo pa avoka ni reprezantan akredite, kidonk yo pa ka di ou ki fòm pou depoze ni ba ou konsèy. Pou konsèy, al nan yon konsiltasyon legal gratis anvan.',
        eligibility: 'Nenpòt moun ki peye frè a.',
        howToApply: [
          'Vini san randevou pandan lè biwo a louvri.',
          'Mande pri a alekri anvan ou peye.',
          'Pa janm siyen yon fòm vid, epi kenbe yon kopi tout bagay.',
        ],
      },
      pt: {
        name: 'Digitação de formulários de imigração (não é orientação jurídica)',
        summary: 'Um serviço pago que digita formulários de imigração que você já sabe que precisa.',
        description:
          'Os funcionários digitam nos formulários do governo as respostas que você dá e imprimem. Eles não são advogados nem representantes credenciados, então não podem dizer qual formulário enviar nem dar conselhos. Para orientação, procure antes uma consulta jurídica gratuita.',
        eligibility: 'Qualquer pessoa que pague a taxa.',
        howToApply: [
          'Venha sem hora marcada no horário de atendimento.',
          'Peça o preço por escrito antes de pagar.',
          'Nunca assine um formulário em branco e guarde cópia de tudo.',
        ],
      },
      'zh-Hans': {
        name: '移民表格打字服务（非法律咨询）',
        summary: '收费服务：为您打印您已经确定需要的移民表格。',
        description:
          '工作人员把您提供的答案输入政府表格并打印出来。他们不是律师或认可代表，不能告诉您该递交哪份表格，也不能提供建议。如需建议，请先去免费法律咨询。',
        eligibility: '任何付费的人。',
        howToApply: ['营业时间内直接前来。', '付款前要求书面报价。', '绝不要在空白表格上签字，所有材料都要留复印件。'],
      },
      'fa-AF': {
        name: 'تایپ فورم‌های مهاجرت (مشوره حقوقی نیست)',
        summary: 'یک خدمت پولی که فورم‌های مهاجرتی را که می‌دانید لازم دارید تایپ می‌کند.',
        description:
          'کارمندان جواب‌های شما را در فورم‌های دولتی تایپ و چاپ می‌کنند. آن‌ها وکیل یا نماینده معتبر نیستند، پس نمی‌توانند بگویند کدام فورم را بفرستید یا مشوره بدهند. برای مشوره، اول به یک مشوره حقوقی رایگان بروید.',
        eligibility: 'هر کسی که فیس را بپردازد.',
        howToApply: [
          'در ساعات کاری بدون وقت قبلی بیایید.',
          'پیش از پرداخت، قیمت را به‌صورت نوشته بخواهید.',
          'هیچ‌وقت فورم خالی را امضا نکنید و از همه چیز کاپی نگه دارید.',
        ],
      },
    },
  },
  {
    slug: 'citizenship-test-preparation',
    primary: 'citizenship-civic',
    secondary: 'english-classes',
    documents: ['greenCard', 'notebook'],
    fee: 'free',
    hours: 'saturdayGroup',
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
      { org: 'riverton-adult-education', hours: 'eveningClass', legal: RILC_PARTNER },
      { org: 'riverton-public-library', legal: RILC_PARTNER },
      { org: 'riverton-chinese-community-center', legal: RILC_PARTNER, verifiedDaysAgo: 265 },
      { org: 'casa-do-brasil-riverton', hours: 'wednesdayEvening' },
    ],
    text: {
      en: {
        name: 'Citizenship test preparation',
        summary: 'Practice for the U.S. citizenship interview, the civics test and the English test.',
        description:
          'In small groups, you study the civics questions, practice reading and writing in English and do practice interviews. An accredited representative or lawyer reviews your application before you send it.',
        eligibility: 'Green card holders who can apply for citizenship now or soon.',
        howToApply: [
          'Come to the first class or call to sign up.',
          'Bring your green card so that we can check your dates.',
          'Come every week until your interview.',
        ],
      },
      es: {
        name: 'Preparación para el examen de ciudadanía',
        summary: 'Practique para la entrevista de ciudadanía, el examen de cívica y el examen de inglés.',
        description:
          'En grupos pequeños estudia las preguntas de cívica, practica la lectura y la escritura en inglés y hace entrevistas de práctica. Un representante acreditado o un abogado revisa su solicitud antes de enviarla.',
        eligibility: 'Residentes permanentes que pueden solicitar la ciudadanía ahora o pronto.',
        howToApply: [
          'Venga a la primera clase o llame para inscribirse.',
          'Traiga su green card para revisar sus fechas.',
          'Venga cada semana hasta su entrevista.',
        ],
      },
      ar: {
        name: 'التحضير لاختبار الجنسية',
        summary: 'تدرّب على مقابلة الجنسية الأمريكية واختبار التربية المدنية واختبار الإنجليزية.',
        description:
          'في مجموعات صغيرة تدرس أسئلة التربية المدنية، وتتدرب على القراءة والكتابة بالإنجليزية، وتجري مقابلات تدريبية. يراجع ممثل معتمد أو محامٍ طلبك قبل إرساله.',
        eligibility: 'حاملو البطاقة الخضراء الذين يمكنهم التقديم على الجنسية الآن أو قريبًا.',
        howToApply: [
          'احضر الدرس الأول أو اتصل للتسجيل.',
          'أحضر بطاقتك الخضراء لنتحقق من تواريخك.',
          'احضر كل أسبوع حتى موعد مقابلتك.',
        ],
      },
      fr: {
        name: "Préparation à l'examen de citoyenneté",
        summary: "Entraînez-vous pour l'entretien de naturalisation, le test d'instruction civique et le test d'anglais.",
        description:
          "En petits groupes, vous étudiez les questions d'instruction civique, pratiquez la lecture et l'écriture en anglais et faites des entretiens d'essai. Un représentant accrédité ou un avocat relit votre demande avant l'envoi.",
        eligibility: 'Les titulaires de la carte verte qui peuvent demander la citoyenneté maintenant ou bientôt.',
        howToApply: [
          'Venez au premier cours ou appelez pour vous inscrire.',
          'Apportez votre carte verte pour que nous vérifiions vos dates.',
          "Venez chaque semaine jusqu'à votre entretien.",
        ],
      },
      ht: {
        name: 'Preparasyon pou egzamen sitwayènte',
        summary: 'Pratike pou entèvyou sitwayènte, egzamen sivik la ak egzamen angle a.',
        description:
          'Nan ti gwoup, ou etidye kesyon sivik yo, ou pratike li ak ekri an angle epi ou fè entèvyou pou pratike. Yon reprezantan akredite oswa yon avoka revize aplikasyon ou anvan ou voye l.',
        eligibility: 'Moun ki gen kat vèt ki ka aplike pou sitwayènte kounye a oswa byento.',
        howToApply: [
          'Vini nan premye klas la oswa rele pou enskri.',
          'Pote kat vèt ou pou nou verifye dat ou yo.',
          'Vini chak semèn jiska entèvyou ou.',
        ],
      },
      pt: {
        name: 'Preparação para o exame de cidadania',
        summary: 'Pratique para a entrevista de cidadania, o teste de educação cívica e o teste de inglês.',
        description:
          'Em grupos pequenos, você estuda as perguntas de educação cívica, pratica leitura e escrita em inglês e faz entrevistas simuladas. Um representante credenciado ou advogado revisa seu pedido antes do envio.',
        eligibility: 'Portadores de green card que podem pedir a cidadania agora ou em breve.',
        howToApply: [
          'Venha à primeira aula ou ligue para se inscrever.',
          'Traga seu green card para conferirmos suas datas.',
          'Venha toda semana até a sua entrevista.',
        ],
      },
      'zh-Hans': {
        name: '入籍考试辅导',
        summary: '练习美国入籍面谈、公民知识考试和英语考试。',
        description: '以小组形式学习公民知识题目，练习英语读写，并进行模拟面谈。在您递交申请前，认可代表或律师会帮您检查。',
        eligibility: '现在或即将可以申请入籍的绿卡持有人。',
        howToApply: ['来上第一节课或打电话报名。', '带上绿卡，以便我们核对您的日期。', '每周都来，直到面谈。'],
      },
      'fa-AF': {
        name: 'آمادگی برای امتحان تابعیت',
        summary: 'برای مصاحبه تابعیت امریکا، امتحان مدنی و امتحان انگلیسی تمرین کنید.',
        description:
          'در گروه‌های کوچک سؤال‌های مدنی را می‌خوانید، خواندن و نوشتن انگلیسی را تمرین می‌کنید و مصاحبه تمرینی انجام می‌دهید. یک نماینده معتبر یا وکیل درخواست شما را پیش از فرستادن بررسی می‌کند.',
        eligibility: 'دارندگان گرین کارت که اکنون یا به زودی می‌توانند برای تابعیت درخواست بدهند.',
        howToApply: [
          'به صنف اول بیایید یا برای ثبت‌نام زنگ بزنید.',
          'گرین کارت خود را بیاورید تا تاریخ‌های شما را بررسی کنیم.',
          'تا روز مصاحبه هر هفته بیایید.',
        ],
      },
    },
  },
  {
    slug: 'citizenship-application-help',
    primary: 'citizenship-civic',
    secondary: 'legal-immigration',
    documents: ['greenCard', 'passport', 'lastTaxReturn', 'immigrationPapers'],
    fee: 'freeGovFees',
    hours: 'office',
    traits: {
      isFree: true,
      acceptsWalkIns: false,
      appointmentNeeded: true,
      interpreterAvailable: true,
      offeredOnline: false,
      offeredByPhone: false,
      ids: ['none_needed'],
      safety: 'welcoming',
    },
    instances: [
      { org: 'riverton-immigrant-legal-center', at: [0, 1] },
      { org: 'saint-brigid-migrant-services' },
      { org: 'casa-latina-riverton', verifiedDaysAgo: 198 },
      { org: 'konbit-haitian-community-center', hours: 'saturdayMorning' },
    ],
    text: {
      en: {
        name: 'Citizenship application help (N-400)',
        summary: 'Free help to apply for U.S. citizenship and to ask for a lower fee.',
        description:
          'An accredited representative or lawyer checks that you qualify and that nothing in your past could cause problems. We fill in Form N-400 with you and help you ask for a fee waiver or a reduced fee if your income is low.',
        eligibility: 'People who have had a green card for 5 years (3 years if married to a U.S. citizen).',
        howToApply: [
          'Call for an appointment, or come to a citizenship day.',
          'Bring the documents on the list.',
          'We review everything and file online with you.',
        ],
      },
      es: {
        name: 'Ayuda para solicitar la ciudadanía (N-400)',
        summary: 'Ayuda gratis para solicitar la ciudadanía estadounidense y pedir una tarifa más baja.',
        description:
          'Un representante acreditado o un abogado revisa que usted califique y que nada en su pasado pueda causar problemas. Llenamos el formulario N-400 con usted y le ayudamos a pedir una exención o reducción de la tarifa si sus ingresos son bajos.',
        eligibility: 'Personas con green card desde hace 5 años (3 años si están casadas con un ciudadano estadounidense).',
        howToApply: [
          'Llame para hacer una cita o venga a un día de ciudadanía.',
          'Traiga los documentos de la lista.',
          'Revisamos todo y lo presentamos en línea con usted.',
        ],
      },
      ar: {
        name: 'المساعدة في طلب الجنسية (N-400)',
        summary: 'مساعدة مجانية في التقديم على الجنسية الأمريكية وطلب تخفيض الرسوم.',
        description:
          'يتحقق ممثل معتمد أو محامٍ من أنك مؤهل ومن أنه لا يوجد في ماضيك ما قد يسبب مشكلة. نملأ النموذج N-400 معك ونساعدك في طلب الإعفاء من الرسوم أو تخفيضها إن كان دخلك منخفضًا.',
        eligibility: 'من لديهم البطاقة الخضراء منذ 5 سنوات (3 سنوات للمتزوجين من مواطن أمريكي).',
        howToApply: [
          'اتصل لحجز موعد أو احضر يوم الجنسية.',
          'أحضر المستندات المذكورة في القائمة.',
          'نراجع كل شيء ونقدّم الطلب عبر الإنترنت معك.',
        ],
      },
      fr: {
        name: 'Aide à la demande de citoyenneté (N-400)',
        summary: 'Aide gratuite pour demander la citoyenneté américaine et une réduction des frais.',
        description:
          "Un représentant accrédité ou un avocat vérifie que vous y avez droit et que rien dans votre passé ne pose problème. Nous remplissons le formulaire N-400 avec vous et vous aidons à demander une exemption ou une réduction des frais si vos revenus sont faibles.",
        eligibility: "Les personnes qui ont la carte verte depuis 5 ans (3 ans si mariées à un citoyen américain).",
        howToApply: [
          'Appelez pour un rendez-vous ou venez à une journée de la citoyenneté.',
          'Apportez les documents de la liste.',
          'Nous vérifions tout et déposons la demande en ligne avec vous.',
        ],
      },
      ht: {
        name: 'Èd pou aplike pou sitwayènte (N-400)',
        summary: 'Èd gratis pou aplike pou sitwayènte ameriken epi mande yon pri ki pi ba.',
        description:
          'Yon reprezantan akredite oswa yon avoka verifye si ou kalifye epi si pa gen anyen nan pase ou ki ka bay pwoblèm. Nou ranpli fòm N-400 la avè ou epi nou ede ou mande egzanpsyon oswa rediksyon frè si revni ou ba.',
        eligibility: 'Moun ki gen kat vèt depi 5 an (3 an si yo marye ak yon sitwayen ameriken).',
        howToApply: [
          'Rele pou yon randevou, oswa vini nan yon jounen sitwayènte.',
          'Pote dokiman ki sou lis la.',
          'Nou revize tout bagay epi nou depoze sou entènèt avè ou.',
        ],
      },
      pt: {
        name: 'Ajuda para pedir a cidadania (N-400)',
        summary: 'Ajuda gratuita para pedir a cidadania americana e solicitar taxa reduzida.',
        description:
          'Um representante credenciado ou advogado verifica se você tem direito e se nada no seu passado pode causar problemas. Preenchemos o formulário N-400 com você e ajudamos a pedir isenção ou redução da taxa se sua renda for baixa.',
        eligibility: 'Pessoas com green card há 5 anos (3 anos se casadas com cidadão americano).',
        howToApply: [
          'Ligue para marcar um horário ou venha a um dia da cidadania.',
          'Traga os documentos da lista.',
          'Revisamos tudo e enviamos o pedido online com você.',
        ],
      },
      'zh-Hans': {
        name: '入籍申请帮助（N-400）',
        summary: '免费帮助申请美国公民身份并申请减免费用。',
        description: '认可代表或律师会核实您是否符合条件，以及您过去是否有可能造成问题的记录。我们与您一起填写 N-400 表，如果您收入较低，还会帮您申请免除或减少费用。',
        eligibility: '持有绿卡满 5 年的人（与美国公民结婚者满 3 年）。',
        howToApply: ['打电话预约，或参加入籍日活动。', '带上清单上的文件。', '我们检查所有材料，并与您一起在网上递交。'],
      },
      'fa-AF': {
        name: 'کمک برای درخواست تابعیت (N-400)',
        summary: 'کمک رایگان برای درخواست تابعیت امریکا و درخواست فیس کمتر.',
        description:
          'یک نماینده معتبر یا وکیل بررسی می‌کند که واجد شرایط هستید و چیزی در گذشته شما مشکل ایجاد نمی‌کند. ما فورم N-400 را با شما پر می‌کنیم و اگر درآمد شما کم است، برای معافیت یا کاهش فیس کمک می‌کنیم.',
        eligibility: 'کسانی که ۵ سال گرین کارت دارند (۳ سال اگر با یک تبعه امریکا ازدواج کرده‌اند).',
        howToApply: [
          'برای وقت ملاقات زنگ بزنید، یا به روز تابعیت بیایید.',
          'اسناد داخل فهرست را بیاورید.',
          'ما همه چیز را بررسی می‌کنیم و با شما آنلاین ثبت می‌کنیم.',
        ],
      },
    },
  },
];

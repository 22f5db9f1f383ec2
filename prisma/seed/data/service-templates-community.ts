// Service templates: interpretation & translation, community & recreation. Two templates
// here are deliberately incomplete in some locales, to demonstrate the English fallback.
import type { ServiceTemplate } from './types';

export const COMMUNITY_TEMPLATES: ServiceTemplate[] = [
  {
    slug: 'medical-interpretation',
    primary: 'interpretation-translation',
    secondary: 'health',
    documents: [],
    fee: 'freeForPatient',
    hours: 'phoneLine',
    traits: {
      isFree: true,
      acceptsWalkIns: false,
      appointmentNeeded: true,
      interpreterAvailable: true,
      offeredOnline: true,
      offeredByPhone: true,
      ids: ['none_needed'],
      safety: 'welcoming',
    },
    instances: [{ org: 'language-bridge-interpreters' }, { org: 'northside-community-health-center' }],
    text: {
      en: {
        name: 'Medical interpretation',
        summary: 'A trained interpreter helps you talk with your doctor, in person, by phone or by video.',
        description:
          'You have the right to a free interpreter at hospitals and clinics that receive public money. Our interpreters know medical words and keep everything confidential. Do not rely on your children to interpret.',
        eligibility: 'Patients and families who prefer a language other than English.',
        howToApply: [
          'When you make a medical appointment, ask for an interpreter in your language.',
          'Or call us at least two days before your appointment.',
        ],
      },
      es: {
        name: 'Interpretación médica',
        summary: 'Un intérprete capacitado le ayuda a hablar con su médico, en persona, por teléfono o por video.',
        description:
          'Usted tiene derecho a un intérprete gratis en hospitales y clínicas que reciben dinero público. Nuestros intérpretes conocen las palabras médicas y todo es confidencial. No dependa de sus hijos para interpretar.',
        eligibility: 'Pacientes y familias que prefieren un idioma distinto del inglés.',
        howToApply: [
          'Cuando haga una cita médica, pida un intérprete en su idioma.',
          'O llámenos al menos dos días antes de su cita.',
        ],
      },
      ar: {
        name: 'الترجمة الفورية الطبية',
        summary: 'يساعدك مترجم مدرَّب على التحدث مع طبيبك، حضوريًا أو بالهاتف أو بالفيديو.',
        description:
          'من حقك الحصول على مترجم مجاني في المستشفيات والعيادات التي تتلقى أموالًا عامة. مترجمونا يعرفون المصطلحات الطبية ويحافظون على سرية كل شيء. لا تعتمد على أطفالك في الترجمة.',
        eligibility: 'المرضى والعائلات الذين يفضلون لغة غير الإنجليزية.',
        howToApply: [
          'عند حجز موعد طبي، اطلب مترجمًا بلغتك.',
          'أو اتصل بنا قبل موعدك بيومين على الأقل.',
        ],
      },
      fr: {
        name: 'Interprétariat médical',
        summary: 'Un interprète formé vous aide à parler avec votre médecin, sur place, par téléphone ou en vidéo.',
        description:
          "Vous avez droit à un interprète gratuit dans les hôpitaux et cliniques qui reçoivent de l'argent public. Nos interprètes connaissent le vocabulaire médical et tout reste confidentiel. Ne comptez pas sur vos enfants pour traduire.",
        eligibility: "Les patients et les familles qui préfèrent une autre langue que l'anglais.",
        howToApply: [
          'Quand vous prenez un rendez-vous médical, demandez un interprète dans votre langue.',
          'Ou appelez-nous au moins deux jours avant le rendez-vous.',
        ],
      },
      ht: {
        name: 'Entèpretasyon medikal',
        summary: 'Yon entèprèt ki gen fòmasyon ede ou pale ak doktè ou, an pèsòn, nan telefòn oswa pa videyo.',
        description:
          'Ou gen dwa a yon entèprèt gratis nan lopital ak klinik ki resevwa lajan piblik. Entèprèt nou yo konnen mo medikal yo epi yo kenbe tout bagay konfidansyèl. Pa konte sou pitit ou pou fè entèprèt.',
        eligibility: 'Pasyan ak fanmi ki pito yon lòt lang pase angle.',
        howToApply: [
          'Lè w ap pran yon randevou medikal, mande yon entèprèt nan lang ou.',
          'Oswa rele nou omwen de jou anvan randevou ou.',
        ],
      },
      pt: {
        name: 'Interpretação médica',
        summary: 'Um intérprete treinado ajuda você a conversar com seu médico, pessoalmente, por telefone ou por vídeo.',
        description:
          'Você tem direito a intérprete gratuito em hospitais e clínicas que recebem dinheiro público. Nossos intérpretes conhecem os termos médicos e mantêm tudo em sigilo. Não dependa dos seus filhos para interpretar.',
        eligibility: 'Pacientes e famílias que preferem um idioma que não seja o inglês.',
        howToApply: [
          'Ao marcar uma consulta médica, peça um intérprete no seu idioma.',
          'Ou ligue para nós pelo menos dois dias antes da consulta.',
        ],
      },
      'zh-Hans': {
        name: '医疗口译',
        summary: '专业口译员帮助您与医生沟通，可现场、电话或视频进行。',
        description: '在接受公共资金的医院和诊所，您有权获得免费口译。我们的口译员熟悉医学用语，并对所有内容保密。不要依靠孩子来翻译。',
        eligibility: '希望使用英语以外语言的患者和家属。',
        howToApply: ['预约看病时，要求提供您语言的口译员。', '或至少在就诊前两天打电话给我们。'],
      },
      'fa-AF': {
        name: 'ترجمانی صحی',
        summary: 'یک ترجمان آموزش‌دیده کمک می‌کند با داکتر خود صحبت کنید، حضوری، تلیفونی یا ویدیویی.',
        description:
          'شما حق دارید در شفاخانه‌ها و کلینیک‌هایی که پول دولتی می‌گیرند ترجمان رایگان داشته باشید. ترجمانان ما لغات طبی را می‌دانند و همه چیز را محرمانه نگه می‌دارند. برای ترجمانی به اطفال خود تکیه نکنید.',
        eligibility: 'مریضان و فامیل‌هایی که زبانی غیر از انگلیسی را ترجیح می‌دهند.',
        howToApply: [
          'وقتی وقت داکتر می‌گیرید، ترجمان به زبان خود بخواهید.',
          'یا حداقل دو روز پیش از وقت ملاقات به ما زنگ بزنید.',
        ],
      },
    },
  },
  {
    slug: 'certified-document-translation',
    primary: 'interpretation-translation',
    documents: ['documentsToTranslate', 'photoId'],
    fee: 'paidTranslation',
    hours: 'office',
    traits: {
      isFree: false,
      acceptsWalkIns: true,
      appointmentNeeded: false,
      interpreterAvailable: false,
      offeredOnline: true,
      offeredByPhone: false,
      ids: ['none_needed'],
      safety: 'welcoming',
    },
    instances: [
      { org: 'language-bridge-interpreters' },
      { org: 'esperanza-multiservicios', hours: 'clinicWithSaturday', traits: { safety: 'unknown' } },
    ],
    text: {
      en: {
        name: 'Certified document translation',
        summary: 'Translation of birth certificates, diplomas and other documents, with a certificate for USCIS and schools.',
        description:
          'A professional translator translates your document and signs a certificate of accuracy, as USCIS, courts and schools require. Most documents are ready in 3 to 5 business days.',
        eligibility: 'Anyone who needs an official translation.',
        howToApply: [
          'Send a clear photo of the document by email, or bring it in.',
          'Get the price before we start.',
          'Pick up the translation or receive it by email.',
        ],
      },
      es: {
        name: 'Traducción certificada de documentos',
        summary: 'Traducción de actas de nacimiento, diplomas y otros documentos, con certificado para USCIS y escuelas.',
        description:
          'Un traductor profesional traduce su documento y firma un certificado de exactitud, como exigen USCIS, las cortes y las escuelas. La mayoría de los documentos están listos en 3 a 5 días hábiles.',
        eligibility: 'Cualquier persona que necesite una traducción oficial.',
        howToApply: [
          'Envíe una foto clara del documento por correo electrónico o tráigalo.',
          'Conozca el precio antes de que empecemos.',
          'Recoja la traducción o recíbala por correo electrónico.',
        ],
      },
      ar: {
        name: 'ترجمة معتمدة للمستندات',
        summary: 'ترجمة شهادات الميلاد والشهادات الدراسية ومستندات أخرى، مع شهادة مقبولة لدى USCIS والمدارس.',
        description:
          'يترجم مترجم محترف مستندك ويوقّع شهادة بدقة الترجمة كما تطلب USCIS والمحاكم والمدارس. تجهز أغلب المستندات خلال 3 إلى 5 أيام عمل.',
        eligibility: 'كل من يحتاج إلى ترجمة رسمية.',
        howToApply: [
          'أرسل صورة واضحة للمستند بالبريد الإلكتروني، أو أحضره.',
          'اعرف السعر قبل أن نبدأ.',
          'استلم الترجمة أو احصل عليها بالبريد الإلكتروني.',
        ],
      },
      fr: {
        name: 'Traduction certifiée de documents',
        summary: "Traduction d'actes de naissance, de diplômes et d'autres documents, avec un certificat pour l'USCIS et les écoles.",
        description:
          "Un traducteur professionnel traduit votre document et signe un certificat d'exactitude, comme l'exigent l'USCIS, les tribunaux et les écoles. La plupart des documents sont prêts en 3 à 5 jours ouvrables.",
        eligibility: 'Toute personne qui a besoin d’une traduction officielle.',
        howToApply: [
          'Envoyez une photo nette du document par e-mail, ou apportez-le.',
          'Demandez le prix avant que nous commencions.',
          'Récupérez la traduction ou recevez-la par e-mail.',
        ],
      },
      ht: {
        name: 'Tradiksyon sètifye dokiman',
        summary: 'Tradiksyon batistè, diplòm ak lòt dokiman, ak yon sètifika pou USCIS ak lekòl.',
        description:
          'Yon tradiktè pwofesyonèl tradui dokiman ou epi li siyen yon sètifika egzaktitid, jan USCIS, tribinal ak lekòl mande l. Pifò dokiman pare nan 3 a 5 jou travay.',
        eligibility: 'Nenpòt moun ki bezwen yon tradiksyon ofisyèl.',
        howToApply: [
          'Voye yon foto klè dokiman an pa imèl, oswa pote l.',
          'Konnen pri a anvan nou kòmanse.',
          'Vin chèche tradiksyon an oswa resevwa l pa imèl.',
        ],
      },
      pt: {
        name: 'Tradução certificada de documentos',
        summary: 'Tradução de certidões de nascimento, diplomas e outros documentos, com certificado para o USCIS e escolas.',
        description:
          'Um tradutor profissional traduz seu documento e assina um certificado de exatidão, como exigem o USCIS, os tribunais e as escolas. A maioria dos documentos fica pronta em 3 a 5 dias úteis.',
        eligibility: 'Qualquer pessoa que precise de uma tradução oficial.',
        howToApply: [
          'Envie uma foto legível do documento por e-mail, ou traga-o.',
          'Saiba o preço antes de começarmos.',
          'Retire a tradução ou receba por e-mail.',
        ],
      },
      'zh-Hans': {
        name: '认证文件翻译',
        summary: '翻译出生证明、文凭等文件，并附上 USCIS 和学校认可的翻译证明。',
        description: '专业译员翻译您的文件，并按照 USCIS、法院和学校的要求签署准确性证明。大多数文件 3 到 5 个工作日完成。',
        eligibility: '任何需要正式翻译的人。',
        howToApply: ['通过电子邮件发送清晰的文件照片，或亲自送来。', '开始前先确认价格。', '到店领取译文或通过电子邮件接收。'],
      },
      'fa-AF': {
        name: 'ترجمه تصدیق‌شده اسناد',
        summary: 'ترجمه تذکره تولد، دیپلوم و اسناد دیگر، با تصدیق‌نامه برای USCIS و مکتب‌ها.',
        description:
          'یک ترجمان مسلکی سند شما را ترجمه می‌کند و یک تصدیق‌نامه درستی ترجمه را امضا می‌کند، همان‌طور که USCIS، محکمه‌ها و مکتب‌ها می‌خواهند. بیشتر اسناد در ۳ تا ۵ روز کاری آماده می‌شوند.',
        eligibility: 'هر کسی که ترجمه رسمی لازم دارد.',
        howToApply: [
          'یک عکس واضح سند را با ایمیل بفرستید، یا آن را بیاورید.',
          'پیش از شروع کار قیمت را بدانید.',
          'ترجمه را بگیرید یا با ایمیل دریافت کنید.',
        ],
      },
    },
  },
  {
    slug: 'free-interpreter-line-for-city-services',
    primary: 'interpretation-translation',
    documents: [],
    fee: 'free',
    hours: 'office',
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
    instances: [{ org: 'riverton-office-of-immigrant-affairs', at: [] }],
    text: {
      en: {
        name: 'Free interpreter line for city services',
        summary: 'Call the city and talk in your language: a free interpreter joins the call.',
        description:
          'Use this line for anything about city services: schools, trash pickup, parking tickets, permits, taxes or reporting a problem. Interpreters speak more than 200 languages. The call is free and you do not have to give your name.',
        eligibility: 'Anyone who needs to talk with the City of Riverton.',
        howToApply: [
          'Call the number and say the name of your language in English, for example "Spanish" or "Dari".',
          'Wait a moment while we connect an interpreter.',
        ],
      },
      es: {
        name: 'Línea gratuita de intérpretes para servicios de la ciudad',
        summary: 'Llame a la ciudad y hable en su idioma: un intérprete gratuito se une a la llamada.',
        description:
          'Use esta línea para todo lo relacionado con servicios de la ciudad: escuelas, recolección de basura, multas de estacionamiento, permisos, impuestos o para reportar un problema. Los intérpretes hablan más de 200 idiomas. La llamada es gratis y no tiene que dar su nombre.',
        eligibility: 'Cualquier persona que necesite hablar con la Ciudad de Riverton.',
        howToApply: [
          'Llame al número y diga el nombre de su idioma en inglés, por ejemplo "Spanish".',
          'Espere un momento mientras conectamos a un intérprete.',
        ],
      },
      ar: {
        name: 'خط ترجمة فورية مجاني لخدمات المدينة',
        summary: 'اتصل بالمدينة وتحدث بلغتك: ينضم مترجم مجاني إلى المكالمة.',
        description:
          'استخدم هذا الخط لكل ما يخص خدمات المدينة: المدارس، وجمع القمامة، ومخالفات الوقوف، والتصاريح، والضرائب، أو للإبلاغ عن مشكلة. يتحدث المترجمون أكثر من 200 لغة. المكالمة مجانية ولا يلزمك ذكر اسمك.',
        eligibility: 'كل من يحتاج إلى التحدث مع مدينة ريفرتون.',
        howToApply: [
          'اتصل بالرقم وقل اسم لغتك بالإنجليزية، مثلًا "Arabic".',
          'انتظر لحظة حتى نوصلك بمترجم.',
        ],
      },
      fr: {
        name: "Ligne d'interprètes gratuite pour les services de la ville",
        summary: 'Appelez la ville et parlez dans votre langue : un interprète gratuit rejoint l’appel.',
        description:
          "Utilisez cette ligne pour tout ce qui concerne les services de la ville : écoles, ramassage des ordures, amendes de stationnement, permis, impôts ou signalement d'un problème. Les interprètes parlent plus de 200 langues. L'appel est gratuit et vous n'avez pas à donner votre nom.",
        eligibility: 'Toute personne qui doit parler avec la Ville de Riverton.',
        howToApply: [
          'Appelez le numéro et dites le nom de votre langue en anglais, par exemple « French ».',
          'Patientez un instant pendant que nous appelons un interprète.',
        ],
      },
      ht: {
        name: 'Liy entèprèt gratis pou sèvis vil la',
        summary: 'Rele vil la epi pale nan lang ou: yon entèprèt gratis ap antre nan apèl la.',
        description:
          'Sèvi ak liy sa a pou nenpòt bagay sou sèvis vil la: lekòl, ranmase fatra, kontravansyon pakin, pèmi, taks oswa pou rapòte yon pwoblèm. Entèprèt yo pale plis pase 200 lang. Apèl la gratis epi ou pa oblije bay non ou.',
        eligibility: 'Nenpòt moun ki bezwen pale ak Vil Riverton.',
        howToApply: [
          'Rele nimewo a epi di non lang ou an angle, pa egzanp "Haitian Creole".',
          'Tann yon ti moman pandan n ap konekte yon entèprèt.',
        ],
      },
      pt: {
        name: 'Linha gratuita de intérpretes para serviços da cidade',
        summary: 'Ligue para a prefeitura e fale no seu idioma: um intérprete gratuito entra na ligação.',
        description:
          'Use esta linha para tudo o que envolve serviços da cidade: escolas, coleta de lixo, multas de estacionamento, licenças, impostos ou para relatar um problema. Os intérpretes falam mais de 200 idiomas. A ligação é gratuita e você não precisa dar seu nome.',
        eligibility: 'Qualquer pessoa que precise falar com a Prefeitura de Riverton.',
        howToApply: [
          'Ligue para o número e diga o nome do seu idioma em inglês, por exemplo "Portuguese".',
          'Aguarde um momento enquanto chamamos um intérprete.',
        ],
      },
      'zh-Hans': {
        name: '市政服务免费口译热线',
        summary: '打电话给市政府，用您的语言交谈：免费口译员会加入通话。',
        description: '凡是与市政服务有关的事情都可以使用这条热线：学校、垃圾收集、停车罚单、许可证、税务或报告问题。口译员会说 200 多种语言。通话免费，无需透露姓名。',
        eligibility: '任何需要与 Riverton 市政府沟通的人。',
        howToApply: ['拨打电话，用英语说出您的语言名称，例如 "Mandarin" 或 "Cantonese"。', '请稍候，我们会为您接通口译员。'],
      },
      'fa-AF': {
        name: 'خط رایگان ترجمان برای خدمات شهر',
        summary: 'به شهر زنگ بزنید و به زبان خود صحبت کنید: یک ترجمان رایگان به تماس وصل می‌شود.',
        description:
          'از این خط برای هر موضوعی در مورد خدمات شهر استفاده کنید: مکتب‌ها، جمع‌آوری کثافات، جریمه پارکینگ، مجوزها، مالیات یا گزارش یک مشکل. ترجمانان به بیش از ۲۰۰ زبان صحبت می‌کنند. تماس رایگان است و لازم نیست نام خود را بگویید.',
        eligibility: 'هر کسی که لازم دارد با شهر ریورتون صحبت کند.',
        howToApply: [
          'به این نمبر زنگ بزنید و نام زبان خود را به انگلیسی بگویید، مثلاً "Dari".',
          'چند لحظه صبر کنید تا یک ترجمان را وصل کنیم.',
        ],
      },
    },
  },
  {
    slug: 'womens-group',
    primary: 'community-recreation',
    documents: [],
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
      { org: 'afghan-community-association' },
      { org: 'arab-american-community-center', hours: 'wednesdayEvening' },
      { org: 'konbit-haitian-community-center' },
    ],
    text: {
      en: {
        name: "Women's group",
        summary: 'A warm, women-only space to meet friends, share experiences and learn together.',
        description:
          'Each week there is tea, conversation and an activity: sewing, cooking, exercise, or a guest speaker on health or money. Childcare is available. What is said in the group stays in the group.',
        eligibility: 'Women of all ages.',
        howToApply: ['Just come; no sign-up needed.', 'Call us if you would like someone to meet you at the door the first time.'],
      },
      es: {
        name: 'Grupo de mujeres',
        summary: 'Un espacio cálido, solo para mujeres, para hacer amigas, compartir experiencias y aprender juntas.',
        description:
          'Cada semana hay té, conversación y una actividad: costura, cocina, ejercicio o una invitada que habla de salud o dinero. Hay cuidado de niños. Lo que se dice en el grupo se queda en el grupo.',
        eligibility: 'Mujeres de todas las edades.',
        howToApply: ['Solo venga; no hace falta inscribirse.', 'Llámenos si quiere que alguien la reciba en la puerta la primera vez.'],
      },
      ar: {
        name: 'مجموعة النساء',
        summary: 'مساحة دافئة للنساء فقط للتعارف وتبادل التجارب والتعلم معًا.',
        description:
          'كل أسبوع هناك شاي وحديث ونشاط: خياطة أو طبخ أو رياضة، أو ضيفة تتحدث عن الصحة أو المال. تتوفر رعاية للأطفال. ما يُقال في المجموعة يبقى في المجموعة.',
        eligibility: 'النساء من جميع الأعمار.',
        howToApply: ['تعالي فقط؛ لا حاجة للتسجيل.', 'اتصلي بنا إن أردتِ أن تستقبلك إحدانا عند الباب في المرة الأولى.'],
      },
      fr: {
        name: 'Groupe de femmes',
        summary: 'Un espace chaleureux, réservé aux femmes, pour se faire des amies, partager et apprendre ensemble.',
        description:
          "Chaque semaine : thé, discussion et une activité (couture, cuisine, sport, ou une invitée qui parle de santé ou d'argent). Garde d'enfants sur place. Ce qui se dit dans le groupe reste dans le groupe.",
        eligibility: 'Les femmes de tous âges.',
        howToApply: ["Venez simplement ; pas besoin de s'inscrire.", "Appelez-nous si vous voulez qu'on vous accueille à la porte la première fois."],
      },
      ht: {
        name: 'Gwoup fanm',
        summary: 'Yon espas cho, pou fanm sèlman, pou fè zanmi, pataje eksperyans epi aprann ansanm.',
        description:
          'Chak semèn gen te, konvèsasyon ak yon aktivite: koud, kwit manje, egzèsis, oswa yon envite ki pale sou sante oswa lajan. Gen gadri pou timoun. Sa ki di nan gwoup la rete nan gwoup la.',
        eligibility: 'Fanm tout laj.',
        howToApply: ['Jis vini; ou pa bezwen enskri.', 'Rele nou si ou ta renmen yon moun resevwa ou nan pòt la premye fwa a.'],
      },
      pt: {
        name: 'Grupo de mulheres',
        summary: 'Um espaço acolhedor, só para mulheres, para fazer amigas, trocar experiências e aprender juntas.',
        description:
          'Toda semana tem chá, conversa e uma atividade: costura, culinária, exercício ou uma convidada falando de saúde ou dinheiro. Há cuidado infantil. O que é dito no grupo fica no grupo.',
        eligibility: 'Mulheres de todas as idades.',
        howToApply: ['É só vir; não precisa se inscrever.', 'Ligue para nós se quiser que alguém receba você na porta na primeira vez.'],
      },
      'zh-Hans': {
        name: '妇女小组',
        summary: '一个温馨的女性专属空间，可以交朋友、分享经历、一起学习。',
        description: '每周有茶点、聊天和一项活动：缝纫、烹饪、运动，或请嘉宾讲健康或理财知识。提供托儿服务。小组里说的话不会外传。',
        eligibility: '各年龄段的女性。',
        howToApply: ['直接来即可，无需报名。', '如果希望第一次来时有人在门口迎接您，请打电话告诉我们。'],
      },
      'fa-AF': {
        name: 'گروه زنان',
        summary: 'یک جای گرم و مخصوص زنان برای دوست پیدا کردن، شریک ساختن تجربه‌ها و با هم یاد گرفتن.',
        description:
          'هر هفته چای، صحبت و یک فعالیت است: خیاطی، آشپزی، ورزش، یا یک مهمان که در مورد صحت یا پول صحبت می‌کند. نگهداری اطفال موجود است. آنچه در گروه گفته می‌شود در گروه می‌ماند.',
        eligibility: 'زنان در هر سنی.',
        howToApply: ['فقط بیایید؛ ثبت‌نام لازم نیست.', 'اگر می‌خواهید بار اول کسی دم دروازه از شما استقبال کند، به ما زنگ بزنید.'],
      },
    },
  },
  {
    slug: 'youth-sports-and-activities',
    primary: 'community-recreation',
    secondary: 'family-children',
    documents: [],
    fee: 'free',
    hours: 'afterSchool',
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
      { org: 'riverton-chinese-community-center', hours: 'saturdayGroup' },
    ],
    text: {
      en: {
        name: 'Youth sports and activities',
        summary: 'Free soccer, art and clubs for children and teens after school and on weekends.',
        description:
          'Young people make friends, practice English and stay active with coaches and mentors. Programs include soccer, basketball, art, music and a leadership club for teens.',
        eligibility: 'Children and teens ages 6 to 18.',
        howToApply: ['A parent or guardian fills in a short form in person.', 'Children can start the same week.'],
      },
      es: {
        name: 'Deportes y actividades para jóvenes',
        summary: 'Fútbol, arte y clubes gratis para niños y adolescentes después de la escuela y los fines de semana.',
        description:
          'Los jóvenes hacen amigos, practican inglés y se mantienen activos con entrenadores y mentores. Hay fútbol, baloncesto, arte, música y un club de liderazgo para adolescentes.',
        eligibility: 'Niños y adolescentes de 6 a 18 años.',
        howToApply: ['Un padre, madre o tutor llena un formulario corto en persona.', 'Los niños pueden empezar la misma semana.'],
      },
      ar: {
        name: 'رياضة وأنشطة للشباب',
        summary: 'كرة قدم وفنون ونوادٍ مجانية للأطفال والمراهقين بعد المدرسة وفي عطلة نهاية الأسبوع.',
        description:
          'يكوّن الشباب صداقات، ويتدربون على الإنجليزية، ويبقون نشيطين مع مدربين ومرشدين. تشمل البرامج كرة القدم وكرة السلة والفن والموسيقى ونادي القيادة للمراهقين.',
        eligibility: 'الأطفال والمراهقون من 6 إلى 18 سنة.',
        howToApply: ['يملأ أحد الوالدين أو الوصي استمارة قصيرة حضوريًا.', 'يمكن للأطفال البدء في الأسبوع نفسه.'],
      },
      fr: {
        name: 'Sports et activités pour les jeunes',
        summary: "Football, arts et clubs gratuits pour les enfants et les ados, après l'école et le week-end.",
        description:
          "Les jeunes se font des amis, pratiquent l'anglais et restent actifs avec des entraîneurs et des mentors. Au programme : football, basket, arts, musique et un club de leadership pour les ados.",
        eligibility: 'Enfants et adolescents de 6 à 18 ans.',
        howToApply: ['Un parent ou tuteur remplit un court formulaire sur place.', 'Les enfants peuvent commencer la même semaine.'],
      },
      // Haitian Creole: only the name and summary are translated so far.
      ht: {
        name: 'Espò ak aktivite pou jèn',
        summary: 'Foutbòl, atizay ak klib gratis pou timoun ak adolesan apre lekòl ak nan wikenn.',
      },
      pt: {
        name: 'Esportes e atividades para jovens',
        summary: 'Futebol, arte e clubes gratuitos para crianças e adolescentes depois da escola e nos fins de semana.',
        description:
          'Os jovens fazem amigos, praticam inglês e se mantêm ativos com treinadores e mentores. Há futebol, basquete, arte, música e um clube de liderança para adolescentes.',
        eligibility: 'Crianças e adolescentes de 6 a 18 anos.',
        howToApply: ['Um dos pais ou responsável preenche um formulário curto pessoalmente.', 'As crianças podem começar na mesma semana.'],
      },
      'zh-Hans': {
        name: '青少年体育和活动',
        summary: '放学后和周末为儿童和青少年提供免费足球、美术和俱乐部活动。',
        description: '孩子们在教练和导师的陪伴下交朋友、练英语、保持活力。项目包括足球、篮球、美术、音乐，以及青少年领导力俱乐部。',
        eligibility: '6 至 18 岁的儿童和青少年。',
        howToApply: ['由父母或监护人亲自填写一份简短表格。', '孩子当周就可以开始参加。'],
      },
      'fa-AF': {
        name: 'ورزش و فعالیت‌ها برای جوانان',
        summary: 'فوتبال، هنر و کلب‌های رایگان برای اطفال و نوجوانان بعد از مکتب و در آخر هفته.',
        description:
          'جوانان با مربیان و رهنمایان دوست پیدا می‌کنند، انگلیسی تمرین می‌کنند و فعال می‌مانند. برنامه‌ها شامل فوتبال، باسکتبال، هنر، موسیقی و یک کلب رهبری برای نوجوانان است.',
        eligibility: 'اطفال و نوجوانان ۶ تا ۱۸ ساله.',
        howToApply: ['یکی از والدین یا سرپرست یک فورم کوتاه را حضوری پر می‌کند.', 'اطفال می‌توانند همان هفته شروع کنند.'],
      },
    },
  },
  {
    slug: 'seniors-club',
    primary: 'community-recreation',
    documents: [],
    fee: 'smallMembership',
    hours: 'walkInMornings',
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
    instances: [{ org: 'riverton-chinese-community-center' }, { org: 'konbit-haitian-community-center' }],
    text: {
      en: {
        name: "Seniors' club",
        summary: 'A place for older adults to meet, eat lunch together and stay active.',
        description:
          'Weekly activities include gentle exercise, games, health talks and help with Medicare questions. A low-cost lunch is served.',
        eligibility: 'Adults 60 and older.',
        howToApply: ['Come on a club day and ask for the coordinator.', 'Fill in a short form to join; you can pay the membership later.'],
      },
      es: {
        name: 'Club de personas mayores',
        summary: 'Un lugar para que las personas mayores se reúnan, almuercen juntas y se mantengan activas.',
        description:
          'Cada semana hay ejercicio suave, juegos, charlas de salud y ayuda con preguntas sobre Medicare. Se sirve un almuerzo a bajo costo.',
        eligibility: 'Adultos de 60 años o más.',
        howToApply: ['Venga un día de club y pregunte por la coordinadora.', 'Llene un formulario corto para inscribirse; puede pagar la membresía después.'],
      },
      ar: {
        name: 'نادي كبار السن',
        summary: 'مكان يلتقي فيه كبار السن ويتناولون الغداء معًا ويبقون نشيطين.',
        description:
          'تشمل الأنشطة الأسبوعية رياضة خفيفة وألعابًا ومحاضرات صحية ومساعدة في أسئلة Medicare. يُقدَّم غداء بسعر منخفض.',
        eligibility: 'البالغون من عمر 60 سنة فما فوق.',
        howToApply: ['تعال في يوم النادي واسأل عن المنسّق.', 'املأ استمارة قصيرة للانضمام؛ يمكنك دفع رسوم العضوية لاحقًا.'],
      },
      fr: {
        name: 'Club des aînés',
        summary: 'Un lieu où les personnes âgées se retrouvent, déjeunent ensemble et restent actives.',
        description:
          "Chaque semaine : gym douce, jeux, causeries santé et aide pour les questions sur Medicare. Un déjeuner à petit prix est servi.",
        eligibility: 'Adultes de 60 ans et plus.',
        howToApply: ['Venez un jour de club et demandez la coordinatrice.', "Remplissez un court formulaire pour vous inscrire ; vous pouvez payer l'adhésion plus tard."],
      },
      // Haitian Creole: eligibility not translated yet.
      ht: {
        name: 'Klib granmoun aje',
        summary: 'Yon kote pou granmoun aje rankontre, manje midi ansanm epi rete aktif.',
        description:
          'Chak semèn gen ti egzèsis dous, jwèt, konferans sou sante ak èd pou kesyon sou Medicare. Yo sèvi yon manje midi ki pa koute chè.',
        howToApply: ['Vini yon jou klib la ap fèt epi mande pou kowòdonatè a.', 'Ranpli yon ti fòm pou vin manm; ou ka peye kotizasyon an pita.'],
      },
      pt: {
        name: 'Clube de idosos',
        summary: 'Um lugar para pessoas idosas se encontrarem, almoçarem juntas e se manterem ativas.',
        description:
          'Toda semana há exercícios leves, jogos, palestras sobre saúde e ajuda com dúvidas sobre o Medicare. É servido um almoço a preço baixo.',
        eligibility: 'Adultos a partir de 60 anos.',
        howToApply: ['Venha num dia de clube e pergunte pela coordenadora.', 'Preencha uma ficha curta para participar; você pode pagar a associação depois.'],
      },
      // Chinese and Dari: description and steps not translated yet.
      'zh-Hans': {
        name: '长者俱乐部',
        summary: '老年人聚会、一起吃午饭、保持活力的地方。',
        eligibility: '60 岁及以上的成人。',
      },
      'fa-AF': {
        name: 'کلب سالمندان',
        summary: 'جایی برای سالمندان تا با هم ببینند، نان چاشت بخورند و فعال بمانند.',
        eligibility: 'بزرگسالان ۶۰ ساله و بالاتر.',
      },
    },
  },
];

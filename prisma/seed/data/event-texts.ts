// Event texts (title, summary, description), machine translated into every enabled
// locale. Several events share a text (a clinic held at two places, a past edition).
import type { EventText, SeedLocale } from './types';

type EventTexts = Record<SeedLocale, EventText>;

export const EVENT_TEXTS = {
  welcomeWeek: {
    en: {
      title: 'Riverton Welcome Week',
      summary: 'A week of free events for newcomers: a resource fair, City Hall tours, English taster classes and a community dinner.',
      description:
        'Meet the organizations in this directory, ask questions in your language and make new friends. Every day has something different; most events are at City Hall and the Main Library. Everyone is welcome, whatever their immigration status.',
    },
    es: {
      title: 'Semana de Bienvenida de Riverton',
      summary: 'Una semana de eventos gratis para recién llegados: feria de recursos, visitas al Ayuntamiento, clases de prueba de inglés y una cena comunitaria.',
      description:
        'Conozca a las organizaciones de este directorio, haga preguntas en su idioma y haga nuevos amigos. Cada día hay algo distinto; la mayoría de los eventos son en el Ayuntamiento y en la Biblioteca Central. Todos son bienvenidos, sin importar su estatus migratorio.',
    },
    ar: {
      title: 'أسبوع الترحيب في ريفرتون',
      summary: 'أسبوع من الفعاليات المجانية للقادمين الجدد: معرض للخدمات، وجولات في مبنى البلدية، ودروس تجريبية في الإنجليزية، وعشاء مجتمعي.',
      description:
        'تعرّف على المنظمات الموجودة في هذا الدليل، واطرح أسئلتك بلغتك، وكوّن صداقات جديدة. لكل يوم برنامج مختلف، ومعظم الفعاليات في مبنى البلدية والمكتبة الرئيسية. الجميع مرحَّب بهم مهما كان وضعهم من الهجرة.',
    },
    fr: {
      title: "Semaine d'accueil de Riverton",
      summary: "Une semaine d'événements gratuits pour les nouveaux arrivants : salon des services, visites de l'hôtel de ville, cours d'essai d'anglais et dîner communautaire.",
      description:
        "Rencontrez les organismes de cet annuaire, posez vos questions dans votre langue et faites-vous de nouveaux amis. Chaque jour est différent ; la plupart des activités ont lieu à l'hôtel de ville et à la bibliothèque principale. Tout le monde est bienvenu, quel que soit son statut d'immigration.",
    },
    ht: {
      title: 'Semèn Akèy Riverton',
      summary: 'Yon semèn aktivite gratis pou moun ki fèk rive: fwa resous, vizit Meri a, klas angle pou eseye ak yon dine kominotè.',
      description:
        'Rankontre òganizasyon ki nan repètwa sa a, poze kesyon nan lang ou epi fè nouvo zanmi. Chak jou gen yon bagay diferan; pifò aktivite yo fèt nan Meri a ak nan Bibliyotèk Prensipal la. Tout moun byenveni, kèlkeswa estati imigrasyon yo.',
    },
    pt: {
      title: 'Semana de Boas-Vindas de Riverton',
      summary: 'Uma semana de eventos gratuitos para recém-chegados: feira de serviços, visitas à Prefeitura, aulas experimentais de inglês e um jantar comunitário.',
      description:
        'Conheça as organizações deste guia, tire dúvidas no seu idioma e faça novos amigos. Cada dia tem uma atividade diferente; a maioria acontece na Prefeitura e na Biblioteca Central. Todos são bem-vindos, qualquer que seja a situação imigratória.',
    },
    'zh-Hans': {
      title: 'Riverton 迎新周',
      summary: '为新移民举办的一周免费活动：资源博览会、市政厅参观、英语体验课和社区晚餐。',
      description: '认识本名录中的各个机构，用您的语言提问，结交新朋友。每天的活动都不一样，大部分在市政厅和总图书馆举行。无论移民身份如何，欢迎所有人参加。',
    },
    'fa-AF': {
      title: 'هفته خوش‌آمدید ریورتون',
      summary: 'یک هفته برنامه‌های رایگان برای تازه‌واردان: نمایشگاه خدمات، بازدید از شاروالی، صنف‌های آزمایشی انگلیسی و یک نان شب اجتماعی.',
      description:
        'با سازمان‌های این رهنما آشنا شوید، به زبان خود سؤال کنید و دوستان جدید پیدا کنید. هر روز برنامه متفاوت دارد؛ بیشتر برنامه‌ها در شاروالی و کتابخانه مرکزی است. همه با هر وضعیت مهاجرتی خوش‌آمدید.',
    },
  },
  citizenshipDay: {
    en: {
      title: 'Citizenship Day: free application clinic',
      summary: 'Apply for U.S. citizenship in one day, with free help from lawyers and accredited representatives.',
      description:
        'Volunteers check whether you qualify, fill in Form N-400 with you and help you ask for a fee waiver. Registration is required so that we can check your eligibility before the day. Bring your green card and the documents on the list we send you.',
    },
    es: {
      title: 'Día de la Ciudadanía: clínica gratuita de solicitudes',
      summary: 'Solicite la ciudadanía estadounidense en un día, con ayuda gratis de abogados y representantes acreditados.',
      description:
        'Voluntarios revisan si usted califica, llenan el formulario N-400 con usted y le ayudan a pedir una exención de la tarifa. Es necesario inscribirse para revisar su elegibilidad antes del evento. Traiga su green card y los documentos de la lista que le enviaremos.',
    },
    ar: {
      title: 'يوم الجنسية: عيادة مجانية لتقديم الطلبات',
      summary: 'قدّم على الجنسية الأمريكية في يوم واحد، بمساعدة مجانية من محامين وممثلين معتمدين.',
      description:
        'يتحقق متطوعون من أهليتك، ويملؤون النموذج N-400 معك، ويساعدونك في طلب الإعفاء من الرسوم. التسجيل مطلوب حتى نتحقق من أهليتك قبل الموعد. أحضر بطاقتك الخضراء والمستندات المذكورة في القائمة التي سنرسلها لك.',
    },
    fr: {
      title: 'Journée de la citoyenneté : permanence gratuite',
      summary: "Faites votre demande de citoyenneté américaine en une journée, avec l'aide gratuite d'avocats et de représentants accrédités.",
      description:
        "Des bénévoles vérifient si vous y avez droit, remplissent le formulaire N-400 avec vous et vous aident à demander une exemption des frais. L'inscription est obligatoire pour vérifier votre admissibilité avant la journée. Apportez votre carte verte et les documents de la liste que nous vous enverrons.",
    },
    ht: {
      title: 'Jounen Sitwayènte: klinik aplikasyon gratis',
      summary: 'Aplike pou sitwayènte ameriken nan yon sèl jou, ak èd gratis avoka ak reprezantan akredite.',
      description:
        'Volontè verifye si ou kalifye, ranpli fòm N-400 la avè ou epi ede ou mande egzanpsyon frè. Ou dwe enskri pou nou ka verifye si ou kalifye anvan jou a. Pote kat vèt ou ak dokiman ki sou lis n ap voye ba ou a.',
    },
    pt: {
      title: 'Dia da Cidadania: mutirão gratuito de pedidos',
      summary: 'Peça a cidadania americana num só dia, com ajuda gratuita de advogados e representantes credenciados.',
      description:
        'Voluntários verificam se você tem direito, preenchem o formulário N-400 com você e ajudam a pedir isenção da taxa. É preciso se inscrever para verificarmos sua elegibilidade antes do dia. Traga seu green card e os documentos da lista que enviaremos.',
    },
    'zh-Hans': {
      title: '入籍日：免费申请服务',
      summary: '一天内完成美国入籍申请，由律师和认可代表免费协助。',
      description: '志愿者会核实您是否符合条件，与您一起填写 N-400 表，并帮助您申请免除费用。需要提前报名，以便我们在活动前核实您的资格。请带上绿卡和我们发给您的清单上的文件。',
    },
    'fa-AF': {
      title: 'روز تابعیت: کلینیک رایگان درخواست',
      summary: 'در یک روز برای تابعیت امریکا درخواست بدهید، با کمک رایگان وکلا و نمایندگان معتبر.',
      description:
        'رضاکاران بررسی می‌کنند که واجد شرایط هستید، فورم N-400 را با شما پر می‌کنند و در درخواست معافیت فیس کمک می‌کنند. ثبت‌نام لازم است تا پیش از آن روز شرایط شما را بررسی کنیم. گرین کارت خود و اسناد فهرستی را که برای شما می‌فرستیم بیاورید.',
    },
  },
  kyrClinic: {
    en: {
      title: 'Know-your-rights clinic',
      summary: 'Learn what to do if immigration agents come to your home or work, and make a family safety plan.',
      description:
        'A lawyer explains your rights in plain words and answers questions. You leave with a rights card and a family preparedness plan. No registration or ID needed.',
    },
    es: {
      title: 'Clínica "Conozca sus derechos"',
      summary: 'Aprenda qué hacer si agentes de inmigración llegan a su casa o trabajo, y haga un plan de seguridad familiar.',
      description:
        'Un abogado explica sus derechos en palabras sencillas y responde preguntas. Se lleva una tarjeta de derechos y un plan de preparación familiar. No hace falta inscribirse ni traer identificación.',
    },
    ar: {
      title: 'عيادة "اعرف حقوقك"',
      summary: 'تعلّم ماذا تفعل إذا جاء عملاء الهجرة إلى بيتك أو عملك، وضع خطة أمان لعائلتك.',
      description:
        'يشرح محامٍ حقوقك بكلمات بسيطة ويجيب عن الأسئلة. تخرج ومعك بطاقة حقوق وخطة استعداد للعائلة. لا حاجة للتسجيل ولا للهوية.',
    },
    fr: {
      title: 'Permanence « Connaissez vos droits »',
      summary: "Apprenez quoi faire si des agents de l'immigration viennent chez vous ou au travail, et préparez un plan de sécurité familial.",
      description:
        "Un avocat explique vos droits avec des mots simples et répond aux questions. Vous repartez avec une carte de vos droits et un plan familial. Pas d'inscription ni de pièce d'identité.",
    },
    ht: {
      title: 'Klinik "Konnen dwa ou"',
      summary: 'Aprann sa pou fè si ajan imigrasyon vin lakay ou oswa nan travay ou, epi fè yon plan sekirite pou fanmi ou.',
      description:
        'Yon avoka eksplike dwa ou ak mo ki senp epi li reponn kesyon. W ap soti ak yon kat dwa ak yon plan preparasyon pou fanmi an. Ou pa bezwen enskri ni pote pyès idantite.',
    },
    pt: {
      title: 'Plantão "Conheça seus direitos"',
      summary: 'Saiba o que fazer se agentes de imigração forem à sua casa ou ao trabalho, e faça um plano de segurança para a família.',
      description:
        'Um advogado explica seus direitos com palavras simples e responde perguntas. Você sai com um cartão de direitos e um plano de preparação da família. Não precisa se inscrever nem levar documento.',
    },
    'zh-Hans': {
      title: '"了解您的权利"咨询会',
      summary: '了解移民执法人员来到您家或工作场所时该怎么做，并制定家庭安全计划。',
      description: '律师用浅显的语言讲解您的权利并回答问题。您会带走一张权利卡和一份家庭应急计划。无需报名，无需证件。',
    },
    'fa-AF': {
      title: 'کلینیک «حقوق خود را بدانید»',
      summary: 'یاد بگیرید اگر مأموران مهاجرت به خانه یا محل کار شما آمدند چه کنید، و یک پلان مصونیت فامیلی بسازید.',
      description:
        'یک وکیل حقوق شما را با کلمات ساده توضیح می‌دهد و به سؤال‌ها جواب می‌دهد. با یک کارت حقوق و یک پلان آمادگی فامیلی می‌روید. ثبت‌نام و کارت هویت لازم نیست.',
    },
  },
  eslTerm: {
    en: {
      title: 'Evening English class — new term',
      summary: 'A 10-week beginner English class on Tuesday and Thursday evenings.',
      description:
        "Learn everyday English for shopping, work, the doctor and your child's school. The class is free and books are provided. Come to the first class to sign up.",
    },
    es: {
      title: 'Clase de inglés por la noche — nuevo ciclo',
      summary: 'Una clase de inglés para principiantes de 10 semanas, los martes y jueves por la noche.',
      description:
        'Aprenda inglés para las compras, el trabajo, el médico y la escuela de sus hijos. La clase es gratis y damos los libros. Venga a la primera clase para inscribirse.',
    },
    ar: {
      title: 'درس الإنجليزية المسائي — فصل جديد',
      summary: 'درس إنجليزية للمبتدئين مدته 10 أسابيع، مساء الثلاثاء والخميس.',
      description:
        'تعلّم الإنجليزية اليومية للتسوق والعمل وزيارة الطبيب ومدرسة أطفالك. الدرس مجاني والكتب متوفرة. احضر الدرس الأول للتسجيل.',
    },
    fr: {
      title: "Cours d'anglais du soir — nouvelle session",
      summary: "Un cours d'anglais pour débutants de 10 semaines, le mardi et le jeudi soir.",
      description:
        "Apprenez l'anglais de tous les jours pour les courses, le travail, le médecin et l'école de vos enfants. Le cours est gratuit et les livres sont fournis. Venez au premier cours pour vous inscrire.",
    },
    ht: {
      title: 'Klas angle leswa — nouvo sesyon',
      summary: 'Yon klas angle pou debitan ki dire 10 semèn, madi ak jedi swa.',
      description:
        'Aprann angle chak jou pou fè makèt, travay, doktè ak lekòl pitit ou. Klas la gratis epi nou bay liv yo. Vini nan premye klas la pou enskri.',
    },
    pt: {
      title: 'Aula de inglês à noite — nova turma',
      summary: 'Uma turma de inglês para iniciantes de 10 semanas, às terças e quintas à noite.',
      description:
        'Aprenda o inglês do dia a dia para compras, trabalho, médico e a escola dos seus filhos. A aula é gratuita e os livros são fornecidos. Venha à primeira aula para se inscrever.',
    },
    'zh-Hans': {
      title: '晚间英语班——新学期',
      summary: '为期 10 周的初级英语课，每周二和周四晚上。',
      description: '学习购物、工作、看病和与孩子学校沟通所需的日常英语。课程免费，提供课本。第一节课到场即可报名。',
    },
    'fa-AF': {
      title: 'صنف انگلیسی شبانه — دوره جدید',
      summary: 'یک صنف ۱۰ هفته‌ای انگلیسی برای مبتدیان، شب‌های سه‌شنبه و پنج‌شنبه.',
      description:
        'انگلیسی روزمره را برای خرید، کار، داکتر و مکتب طفل خود یاد بگیرید. صنف رایگان است و کتاب داده می‌شود. برای ثبت‌نام به صنف اول بیایید.',
    },
  },
  englishForParents: {
    en: {
      title: 'English for parents — morning class',
      summary: "A free English class for parents on Monday and Wednesday mornings, with story time for children in the next room.",
      description:
        'Learn the English you need for school meetings, the doctor and shopping. While you learn, librarians read stories to your young children. Sign up at the first class you attend.',
    },
    es: {
      title: 'Inglés para padres — clase de la mañana',
      summary: 'Una clase de inglés gratis para padres los lunes y miércoles por la mañana, con cuentos para los niños en la sala de al lado.',
      description:
        'Aprenda el inglés que necesita para las reuniones de la escuela, el médico y las compras. Mientras usted aprende, las bibliotecarias leen cuentos a sus niños pequeños. Inscríbase en la primera clase a la que venga.',
    },
    ar: {
      title: 'الإنجليزية للآباء والأمهات — درس صباحي',
      summary: 'درس إنجليزية مجاني للآباء والأمهات صباح الاثنين والأربعاء، مع قراءة قصص للأطفال في الغرفة المجاورة.',
      description:
        'تعلّم الإنجليزية التي تحتاجها لاجتماعات المدرسة وزيارة الطبيب والتسوق. أثناء تعلمك يقرأ أمناء المكتبة القصص لأطفالك الصغار. سجّل في أول درس تحضره.',
    },
    fr: {
      title: 'Anglais pour les parents — cours du matin',
      summary: "Un cours d'anglais gratuit pour les parents le lundi et le mercredi matin, avec l'heure du conte pour les enfants à côté.",
      description:
        "Apprenez l'anglais utile pour les réunions d'école, le médecin et les courses. Pendant ce temps, les bibliothécaires lisent des histoires à vos jeunes enfants. Inscrivez-vous au premier cours où vous venez.",
    },
    ht: {
      title: 'Angle pou paran — klas nan maten',
      summary: 'Yon klas angle gratis pou paran lendi ak mèkredi maten, ak lè istwa pou timoun nan sal ki bò kote a.',
      description:
        'Aprann angle ou bezwen pou reyinyon lekòl, doktè ak fè makèt. Pandan w ap aprann, bibliyotekè yo li istwa pou ti pitit ou yo. Enskri nan premye klas ou vini an.',
    },
    pt: {
      title: 'Inglês para pais — aula da manhã',
      summary: 'Uma aula de inglês gratuita para pais às segundas e quartas de manhã, com hora do conto para as crianças na sala ao lado.',
      description:
        'Aprenda o inglês de que você precisa para reuniões da escola, o médico e as compras. Enquanto você aprende, as bibliotecárias leem histórias para seus filhos pequenos. Inscreva-se na primeira aula que vier.',
    },
    'zh-Hans': {
      title: '家长英语——上午班',
      summary: '每周一和周三上午为家长开设的免费英语课，隔壁房间为孩子们讲故事。',
      description: '学习参加学校会议、看病和购物所需的英语。您上课时，图书馆员会给您的小孩讲故事。第一次来上课时报名即可。',
    },
    'fa-AF': {
      title: 'انگلیسی برای والدین — صنف صبح',
      summary: 'یک صنف رایگان انگلیسی برای والدین، صبح‌های دوشنبه و چهارشنبه، با قصه‌خوانی برای اطفال در اتاق کناری.',
      description:
        'انگلیسی لازم برای جلسات مکتب، داکتر و خرید را یاد بگیرید. در وقت درس شما، کتابداران برای اطفال خردسال شما قصه می‌خوانند. در اولین صنفی که می‌آیید ثبت‌نام کنید.',
    },
  },
  conversationSaturday: {
    en: {
      title: 'Saturday English conversation',
      summary: 'Practice speaking English in a relaxed group every Saturday morning.',
      description: 'Volunteers lead conversations on everyday topics. Coffee and tea are served. Come when you can; no sign-up needed.',
    },
    es: {
      title: 'Conversación en inglés los sábados',
      summary: 'Practique hablar inglés en un grupo relajado todos los sábados por la mañana.',
      description: 'Voluntarios guían conversaciones sobre temas de todos los días. Hay café y té. Venga cuando pueda; no hace falta inscribirse.',
    },
    ar: {
      title: 'محادثة بالإنجليزية يوم السبت',
      summary: 'تدرّب على التحدث بالإنجليزية في مجموعة مريحة كل سبت صباحًا.',
      description: 'يدير متطوعون محادثات عن مواضيع الحياة اليومية. تُقدَّم القهوة والشاي. تعال متى استطعت؛ لا حاجة للتسجيل.',
    },
    fr: {
      title: 'Conversation en anglais du samedi',
      summary: "Pratiquez l'anglais oral dans un groupe détendu, chaque samedi matin.",
      description: "Des bénévoles animent des conversations sur la vie de tous les jours. Café et thé offerts. Venez quand vous pouvez ; pas besoin de s'inscrire.",
    },
    ht: {
      title: 'Konvèsasyon an angle samdi',
      summary: 'Pratike pale angle nan yon gwoup trankil chak samdi maten.',
      description: 'Volontè dirije konvèsasyon sou sijè chak jou. Gen kafe ak te. Vini lè ou kapab; ou pa bezwen enskri.',
    },
    pt: {
      title: 'Conversação em inglês aos sábados',
      summary: 'Pratique a conversação em inglês num grupo descontraído todo sábado de manhã.',
      description: 'Voluntários conduzem conversas sobre assuntos do dia a dia. Há café e chá. Venha quando puder; não precisa se inscrever.',
    },
    'zh-Hans': {
      title: '周六英语会话',
      summary: '每周六上午在轻松的小组中练习说英语。',
      description: '志愿者带领大家聊日常话题。提供咖啡和茶。有空就来，无需报名。',
    },
    'fa-AF': {
      title: 'گفتگوی انگلیسی روز شنبه',
      summary: 'هر صبح شنبه در یک گروه آرام صحبت کردن به انگلیسی را تمرین کنید.',
      description: 'رضاکاران گفتگوها را در مورد موضوعات روزمره رهبری می‌کنند. قهوه و چای آماده است. هر وقت توانستید بیایید؛ ثبت‌نام لازم نیست.',
    },
  },
  monthlyLegalClinic: {
    en: {
      title: 'First Saturday free legal clinic',
      summary: 'Free 20-minute immigration consultations on the first Saturday of every month.',
      description:
        'Meet privately with an accredited representative or a volunteer lawyer. First come, first served, so arrive early. Bring all your immigration papers.',
    },
    es: {
      title: 'Clínica legal gratuita del primer sábado',
      summary: 'Consultas de inmigración gratis de 20 minutos el primer sábado de cada mes.',
      description:
        'Reúnase en privado con un representante acreditado o un abogado voluntario. Se atiende por orden de llegada, así que llegue temprano. Traiga todos sus papeles de inmigración.',
    },
    ar: {
      title: 'عيادة قانونية مجانية في أول سبت من الشهر',
      summary: 'استشارات هجرة مجانية مدتها 20 دقيقة في أول سبت من كل شهر.',
      description:
        'قابل ممثلًا معتمدًا أو محاميًا متطوعًا على انفراد. الأولوية لمن يصل أولًا، فتعال مبكرًا. أحضر كل أوراق الهجرة الخاصة بك.',
    },
    fr: {
      title: 'Permanence juridique gratuite du premier samedi',
      summary: "Consultations gratuites de 20 minutes en immigration, le premier samedi de chaque mois.",
      description:
        "Rencontrez en privé un représentant accrédité ou un avocat bénévole. Premier arrivé, premier servi : venez tôt. Apportez tous vos papiers d'immigration.",
    },
    ht: {
      title: 'Klinik legal gratis premye samdi chak mwa',
      summary: 'Konsiltasyon imigrasyon gratis 20 minit premye samdi chak mwa.',
      description:
        'Rankontre an prive ak yon reprezantan akredite oswa yon avoka volontè. Premye moun ki rive, premye moun yo sèvi, kidonk vini bonè. Pote tout papye imigrasyon ou.',
    },
    pt: {
      title: 'Plantão jurídico gratuito do primeiro sábado',
      summary: 'Consultas de imigração gratuitas de 20 minutos no primeiro sábado de cada mês.',
      description:
        'Converse em particular com um representante credenciado ou um advogado voluntário. Atendimento por ordem de chegada, então chegue cedo. Traga todos os seus papéis de imigração.',
    },
    'zh-Hans': {
      title: '每月第一个周六免费法律咨询',
      summary: '每月第一个周六提供 20 分钟免费移民咨询。',
      description: '与认可代表或志愿律师单独面谈。先到先得，请早点来。带上您所有的移民文件。',
    },
    'fa-AF': {
      title: 'کلینیک حقوقی رایگان اولین شنبه ماه',
      summary: 'مشوره رایگان ۲۰ دقیقه‌ای مهاجرت در اولین شنبه هر ماه.',
      description:
        'به‌طور خصوصی با یک نماینده معتبر یا وکیل رضاکار ملاقات کنید. نوبت به ترتیب رسیدن است، پس زود بیایید. تمام اسناد مهاجرتی خود را بیاورید.',
    },
  },
  newcomerOrientation: {
    en: {
      title: 'Newcomer orientation',
      summary: 'A two-hour welcome session on life in Riverton: services, schools, health care, buses and your rights.',
      description:
        'City staff and community organizations explain how things work in Riverton and answer your questions, with interpreters. A light dinner is served.',
    },
    es: {
      title: 'Orientación para recién llegados',
      summary: 'Una sesión de bienvenida de dos horas sobre la vida en Riverton: servicios, escuelas, salud, autobuses y sus derechos.',
      description:
        'Personal de la ciudad y organizaciones comunitarias explican cómo funcionan las cosas en Riverton y responden sus preguntas, con intérpretes. Se sirve una cena ligera.',
    },
    ar: {
      title: 'جلسة تعريفية للقادمين الجدد',
      summary: 'جلسة ترحيب مدتها ساعتان عن الحياة في ريفرتون: الخدمات والمدارس والرعاية الصحية والحافلات وحقوقك.',
      description:
        'يشرح موظفو المدينة والمنظمات المجتمعية كيف تسير الأمور في ريفرتون ويجيبون عن أسئلتك، بحضور مترجمين. يُقدَّم عشاء خفيف.',
    },
    fr: {
      title: "Séance d'accueil des nouveaux arrivants",
      summary: 'Deux heures pour découvrir la vie à Riverton : services, écoles, santé, bus et vos droits.',
      description:
        'Le personnel de la ville et des associations expliquent comment fonctionne Riverton et répondent à vos questions, avec des interprètes. Un repas léger est servi.',
    },
    ht: {
      title: 'Oryantasyon pou moun ki fèk rive',
      summary: 'Yon sesyon akèy de èdtan sou lavi nan Riverton: sèvis, lekòl, swen sante, bis ak dwa ou.',
      description:
        'Anplwaye vil la ak òganizasyon kominotè yo eksplike kijan bagay yo mache nan Riverton epi yo reponn kesyon ou, ak entèprèt. Gen yon ti dine.',
    },
    pt: {
      title: 'Orientação para recém-chegados',
      summary: 'Uma sessão de boas-vindas de duas horas sobre a vida em Riverton: serviços, escolas, saúde, ônibus e seus direitos.',
      description:
        'Funcionários da cidade e organizações comunitárias explicam como as coisas funcionam em Riverton e respondem suas perguntas, com intérpretes. É servido um jantar leve.',
    },
    'zh-Hans': {
      title: '新移民介绍会',
      summary: '两小时的迎新讲座，介绍 Riverton 的生活：服务、学校、医疗、公交和您的权利。',
      description: '市政府工作人员和社区组织讲解 Riverton 的各项事务如何运作，并在口译员协助下回答您的问题。提供简单晚餐。',
    },
    'fa-AF': {
      title: 'جلسه معرفی برای تازه‌واردان',
      summary: 'یک جلسه دو ساعته خوش‌آمدید در مورد زندگی در ریورتون: خدمات، مکتب‌ها، صحت، بس‌ها و حقوق شما.',
      description:
        'کارمندان شهر و سازمان‌های اجتماعی توضیح می‌دهند کارها در ریورتون چطور پیش می‌رود و با کمک ترجمانان به سؤال‌های شما جواب می‌دهند. نان شب سبک داده می‌شود.',
    },
  },
  jobFair: {
    en: {
      title: 'Riverton Job Fair',
      summary: 'Meet more than 40 employers who are hiring now, with interpreters on site.',
      description:
        'Bring several copies of your résumé. Employers include hospitals, warehouses, restaurants, schools and the city. Free résumé help and interview practice all day.',
    },
    es: {
      title: 'Feria de Empleo de Riverton',
      summary: 'Conozca a más de 40 empleadores que están contratando ahora, con intérpretes en el lugar.',
      description:
        'Traiga varias copias de su currículum. Hay hospitales, almacenes, restaurantes, escuelas y la ciudad. Ayuda gratis con el currículum y práctica de entrevistas todo el día.',
    },
    ar: {
      title: 'معرض ريفرتون للتوظيف',
      summary: 'قابل أكثر من 40 صاحب عمل يوظفون الآن، مع وجود مترجمين في المكان.',
      description:
        'أحضر عدة نسخ من سيرتك الذاتية. من أصحاب العمل: مستشفيات ومستودعات ومطاعم ومدارس والمدينة. مساعدة مجانية في السيرة الذاتية وتدريب على المقابلات طوال اليوم.',
    },
    fr: {
      title: "Salon de l'emploi de Riverton",
      summary: "Rencontrez plus de 40 employeurs qui recrutent maintenant, avec des interprètes sur place.",
      description:
        "Apportez plusieurs copies de votre CV. Parmi les employeurs : hôpitaux, entrepôts, restaurants, écoles et la ville. Aide gratuite pour le CV et entraînement aux entretiens toute la journée.",
    },
    ht: {
      title: 'Fwa Travay Riverton',
      summary: 'Rankontre plis pase 40 patwon k ap anboche kounye a, ak entèprèt sou plas.',
      description:
        'Pote plizyè kopi CV ou. Gen lopital, depo, restoran, lekòl ak vil la. Èd gratis pou CV ak pratik entèvyou tout jounen an.',
    },
    pt: {
      title: 'Feira de Empregos de Riverton',
      summary: 'Conheça mais de 40 empregadores contratando agora, com intérpretes no local.',
      description:
        'Traga várias cópias do seu currículo. Há hospitais, depósitos, restaurantes, escolas e a prefeitura. Ajuda gratuita com currículo e treino de entrevista o dia todo.',
    },
    'zh-Hans': {
      title: 'Riverton 招聘会',
      summary: '与 40 多家正在招人的雇主见面，现场有口译员。',
      description: '请带几份简历。雇主包括医院、仓库、餐馆、学校和市政府。全天提供免费简历帮助和面试练习。',
    },
    'fa-AF': {
      title: 'نمایشگاه کار ریورتون',
      summary: 'با بیش از ۴۰ کارفرما که همین حالا استخدام می‌کنند ملاقات کنید، با ترجمانان در محل.',
      description:
        'چند کاپی رزومه خود را بیاورید. کارفرمایان شامل شفاخانه‌ها، گدام‌ها، رستورانت‌ها، مکتب‌ها و شهر هستند. کمک رایگان در رزومه و تمرین مصاحبه در تمام روز.',
    },
  },
  taxClinic: {
    en: {
      title: 'Free tax clinic day',
      summary: 'File your taxes for free with IRS-certified volunteers, with or without a Social Security number.',
      description:
        'Volunteers prepare and file federal and state returns for households earning up to about $67,000. ITIN applications are also accepted. Bring your W-2 and 1099 forms and an ID.',
    },
    es: {
      title: 'Día de clínica de impuestos gratis',
      summary: 'Declare sus impuestos gratis con voluntarios certificados por el IRS, con o sin número de Seguro Social.',
      description:
        'Los voluntarios preparan y presentan declaraciones federales y estatales para hogares que ganan hasta unos $67,000. También se reciben solicitudes de ITIN. Traiga sus formularios W-2 y 1099 y una identificación.',
    },
    ar: {
      title: 'يوم العيادة الضريبية المجانية',
      summary: 'قدّم ضرائبك مجانًا مع متطوعين معتمدين من مصلحة الضرائب، برقم ضمان اجتماعي أو بدونه.',
      description:
        'يعدّ المتطوعون الإقرارات الفيدرالية وإقرارات الولاية ويقدمونها للأسر التي يصل دخلها إلى نحو 67,000 دولار. نقبل أيضًا طلبات ITIN. أحضر نماذج W-2 و1099 وهوية.',
    },
    fr: {
      title: "Journée d'aide gratuite aux impôts",
      summary: "Déclarez vos impôts gratuitement avec des bénévoles certifiés par l'IRS, avec ou sans numéro de sécurité sociale.",
      description:
        "Les bénévoles préparent et envoient les déclarations fédérale et d'État des foyers qui gagnent jusqu'à environ 67 000 $. Les demandes d'ITIN sont aussi acceptées. Apportez vos formulaires W-2 et 1099 et une pièce d'identité.",
    },
    ht: {
      title: 'Jounen klinik taks gratis',
      summary: 'Deklare taks ou gratis ak volontè ki sètifye pa IRS, ak oswa san nimewo Sekirite Sosyal.',
      description:
        'Volontè yo prepare epi depoze deklarasyon federal ak leta pou fanmi ki touche jiska anviwon $67,000. Yo aksepte aplikasyon ITIN tou. Pote fòm W-2 ak 1099 ou yo ak yon pyès idantite.',
    },
    pt: {
      title: 'Dia de ajuda gratuita com impostos',
      summary: 'Declare seus impostos de graça com voluntários certificados pelo IRS, com ou sem número de Seguro Social.',
      description:
        'Os voluntários preparam e enviam declarações federais e estaduais para famílias que ganham até cerca de US$ 67.000. Também recebemos pedidos de ITIN. Traga seus formulários W-2 e 1099 e um documento.',
    },
    'zh-Hans': {
      title: '免费报税日',
      summary: '由 IRS 认证志愿者免费为您报税，有无社会安全号均可。',
      description: '志愿者为年收入约 67,000 美元以下的家庭准备并递交联邦和州报税表，也受理 ITIN 申请。请带上 W-2、1099 表格和身份证件。',
    },
    'fa-AF': {
      title: 'روز کلینیک رایگان مالیات',
      summary: 'مالیات خود را رایگان با رضاکاران تصدیق‌شده IRS ثبت کنید، با نمبر تأمین اجتماعی یا بدون آن.',
      description:
        'رضاکاران اظهارنامه‌های فدرال و ایالتی را برای خانواده‌هایی با درآمد تا حدود ۶۷٬۰۰۰ دالر آماده و ثبت می‌کنند. درخواست ITIN هم پذیرفته می‌شود. فورم‌های W-2 و 1099 و یک کارت هویت بیاورید.',
    },
  },
  healthFair: {
    en: {
      title: 'Community health fair',
      summary: 'Free health checks, vaccines and information about insurance, in many languages.',
      description:
        'Get your blood pressure and blood sugar checked, get a flu shot, and talk with doctors, dentists and insurance helpers. Fun activities for children. No insurance or ID needed.',
    },
    es: {
      title: 'Feria de salud comunitaria',
      summary: 'Chequeos de salud gratis, vacunas e información sobre seguros médicos, en muchos idiomas.',
      description:
        'Revise su presión y su azúcar, póngase la vacuna de la gripe y hable con médicos, dentistas y personas que ayudan con el seguro. Actividades divertidas para niños. No se necesita seguro ni identificación.',
    },
    ar: {
      title: 'معرض صحي مجتمعي',
      summary: 'فحوصات صحية مجانية ولقاحات ومعلومات عن التأمين، بلغات كثيرة.',
      description:
        'افحص ضغط الدم والسكر، وخذ لقاح الإنفلونزا، وتحدث مع أطباء وأطباء أسنان ومساعدين في التأمين. أنشطة ممتعة للأطفال. لا حاجة لتأمين أو هوية.',
    },
    fr: {
      title: 'Salon de la santé communautaire',
      summary: "Dépistages gratuits, vaccins et informations sur l'assurance santé, en plusieurs langues.",
      description:
        "Faites contrôler votre tension et votre glycémie, faites le vaccin contre la grippe et parlez avec des médecins, des dentistes et des conseillers en assurance. Activités pour les enfants. Pas besoin d'assurance ni de pièce d'identité.",
    },
    ht: {
      title: 'Fwa sante kominotè',
      summary: 'Egzamen sante gratis, vaksen ak enfòmasyon sou asirans, nan anpil lang.',
      description:
        'Fè tcheke tansyon ou ak sik nan san ou, pran vaksen grip la epi pale ak doktè, dantis ak moun ki ede ak asirans. Aktivite amizan pou timoun. Ou pa bezwen asirans ni pyès idantite.',
    },
    pt: {
      title: 'Feira de saúde comunitária',
      summary: 'Exames de saúde gratuitos, vacinas e informações sobre planos de saúde, em vários idiomas.',
      description:
        'Meça a pressão e a glicose, tome a vacina da gripe e converse com médicos, dentistas e orientadores de planos de saúde. Atividades divertidas para crianças. Não precisa de plano de saúde nem de documento.',
    },
    'zh-Hans': {
      title: '社区健康博览会',
      summary: '免费健康检查、疫苗接种和医疗保险咨询，提供多种语言服务。',
      description: '测血压和血糖、接种流感疫苗，并与医生、牙医和保险协助员交流。现场有儿童趣味活动。不需要保险或证件。',
    },
    'fa-AF': {
      title: 'نمایشگاه صحی اجتماعی',
      summary: 'معاینات صحی رایگان، واکسین و معلومات در مورد بیمه، به زبان‌های مختلف.',
      description:
        'فشار خون و شکر خون خود را معاینه کنید، واکسین زکام بزنید و با داکتران، داکتران دندان و رهنمایان بیمه صحبت کنید. فعالیت‌های سرگرم‌کننده برای اطفال. بیمه یا کارت هویت لازم نیست.',
    },
  },
  schoolEnrollmentNight: {
    en: {
      title: 'School enrollment night',
      summary: 'Enroll your child in Riverton Public Schools, with interpreters and help on the spot.',
      description:
        "Staff help you fill in the forms, test your child's English level and answer your questions about schools, buses and meals. Bring the documents you have, and come even if you do not have them all.",
    },
    es: {
      title: 'Noche de inscripción escolar',
      summary: 'Inscriba a su hijo en las Escuelas Públicas de Riverton, con intérpretes y ayuda en el lugar.',
      description:
        'El personal le ayuda a llenar los formularios, evalúa el nivel de inglés de su hijo y responde sus preguntas sobre escuelas, autobuses y comidas. Traiga los documentos que tenga, y venga aunque no los tenga todos.',
    },
    ar: {
      title: 'أمسية التسجيل في المدارس',
      summary: 'سجّل طفلك في مدارس ريفرتون العامة، مع مترجمين ومساعدة في المكان.',
      description:
        'يساعدك الموظفون في ملء النماذج، ويختبرون مستوى طفلك في الإنجليزية، ويجيبون عن أسئلتك حول المدارس والحافلات والوجبات. أحضر ما لديك من مستندات، وتعال حتى لو لم تكن لديك كلها.',
    },
    fr: {
      title: "Soirée d'inscription scolaire",
      summary: 'Inscrivez votre enfant dans les écoles publiques de Riverton, avec des interprètes et de l’aide sur place.',
      description:
        "Le personnel vous aide à remplir les formulaires, évalue le niveau d'anglais de votre enfant et répond à vos questions sur les écoles, les bus et les repas. Apportez les documents que vous avez, et venez même s'il vous en manque.",
    },
    ht: {
      title: 'Aswè enskripsyon lekòl',
      summary: 'Enskri pitit ou nan Lekòl Piblik Riverton, ak entèprèt ak èd sou plas.',
      description:
        'Anplwaye yo ede ou ranpli fòm yo, teste nivo angle pitit ou epi reponn kesyon ou sou lekòl, bis ak manje. Pote dokiman ou genyen yo, epi vini menm si ou pa genyen yo tout.',
    },
    pt: {
      title: 'Noite de matrícula escolar',
      summary: 'Matricule seu filho nas Escolas Públicas de Riverton, com intérpretes e ajuda no local.',
      description:
        'A equipe ajuda a preencher os formulários, avalia o nível de inglês da criança e responde suas perguntas sobre escolas, ônibus e refeições. Traga os documentos que tiver, e venha mesmo que não tenha todos.',
    },
    'zh-Hans': {
      title: '入学登记之夜',
      summary: '为孩子报读 Riverton 公立学校，现场有口译员和工作人员协助。',
      description: '工作人员帮助您填写表格，测试孩子的英语水平，并回答有关学校、校车和餐食的问题。请带上您已有的文件，即使不齐全也请前来。',
    },
    'fa-AF': {
      title: 'شب ثبت‌نام مکتب',
      summary: 'طفل خود را در مکتب‌های دولتی ریورتون ثبت‌نام کنید، با ترجمانان و کمک در محل.',
      description:
        'کارمندان در پر کردن فورم‌ها کمک می‌کنند، سطح انگلیسی طفل شما را امتحان می‌کنند و به سؤال‌های شما در مورد مکتب، بس و غذا جواب می‌دهند. اسنادی را که دارید بیاورید، و حتی اگر همه را ندارید بیایید.',
    },
  },
  smartphoneWorkshop: {
    en: {
      title: 'Smartphone basics (online)',
      summary: 'Learn to use your smartphone safely: apps, video calls and how to avoid scams.',
      description:
        'A free one-hour online workshop by video call. You need a phone with internet; we send you the link when you sign up. You can ask questions in any language in the chat.',
    },
    es: {
      title: 'Lo básico del teléfono inteligente (en línea)',
      summary: 'Aprenda a usar su teléfono con seguridad: aplicaciones, videollamadas y cómo evitar estafas.',
      description:
        'Un taller gratis en línea de una hora por videollamada. Necesita un teléfono con internet; le enviamos el enlace cuando se inscriba. Puede hacer preguntas en cualquier idioma por el chat.',
    },
    ar: {
      title: 'أساسيات الهاتف الذكي (عبر الإنترنت)',
      summary: 'تعلّم استخدام هاتفك الذكي بأمان: التطبيقات ومكالمات الفيديو وكيف تتجنب الاحتيال.',
      description:
        'ورشة مجانية لمدة ساعة عبر مكالمة فيديو. تحتاج إلى هاتف متصل بالإنترنت؛ نرسل لك الرابط عند التسجيل. يمكنك طرح الأسئلة بأي لغة في المحادثة.',
    },
    fr: {
      title: 'Les bases du smartphone (en ligne)',
      summary: 'Apprenez à utiliser votre smartphone en sécurité : applis, appels vidéo et comment éviter les arnaques.',
      description:
        "Un atelier gratuit d'une heure en ligne, par appel vidéo. Il vous faut un téléphone avec internet ; nous envoyons le lien à l'inscription. Vous pouvez poser vos questions dans n'importe quelle langue dans le chat.",
    },
    ht: {
      title: 'Baz smartphone (sou entènèt)',
      summary: 'Aprann sèvi ak smartphone ou an sekirite: aplikasyon, apèl videyo ak kijan pou evite eskwokri.',
      description:
        'Yon atelye gratis sou entènèt ki dire inèdtan, pa apèl videyo. Ou bezwen yon telefòn ki gen entènèt; n ap voye lyen an ba ou lè ou enskri. Ou ka poze kesyon nan nenpòt lang nan chat la.',
    },
    pt: {
      title: 'Noções básicas de celular (online)',
      summary: 'Aprenda a usar seu celular com segurança: aplicativos, videochamadas e como evitar golpes.',
      description:
        'Uma oficina online gratuita de uma hora por videochamada. Você precisa de um celular com internet; enviamos o link na inscrição. Pode fazer perguntas em qualquer idioma pelo chat.',
    },
    'zh-Hans': {
      title: '智能手机入门（线上）',
      summary: '学习安全使用智能手机：应用程序、视频通话以及如何防范诈骗。',
      description: '一小时的免费线上视频讲座。您需要一部能上网的手机，报名后我们会把链接发给您。可以在聊天框里用任何语言提问。',
    },
    'fa-AF': {
      title: 'مقدمات تلیفون هوشمند (آنلاین)',
      summary: 'استفاده مصون از تلیفون هوشمند را یاد بگیرید: اپلیکیشن‌ها، تماس ویدیویی و دوری از فریب‌کاری.',
      description:
        'یک ورکشاپ رایگان یک ساعته آنلاین از طریق تماس ویدیویی. به تلیفون با انترنت ضرورت دارید؛ بعد از ثبت‌نام لینک را برای شما می‌فرستیم. می‌توانید در چت به هر زبانی سؤال کنید.',
    },
  },
  immigrationWebinar: {
    en: {
      title: 'Immigration updates: what changed this month (online)',
      summary: 'A lawyer explains recent changes in immigration rules and answers questions live.',
      description:
        'Join by video or by phone. We explain the new rules in plain words and how they may affect families in Riverton. You can send questions without your name.',
    },
    es: {
      title: 'Novedades de inmigración: qué cambió este mes (en línea)',
      summary: 'Un abogado explica los cambios recientes en las reglas de inmigración y responde preguntas en vivo.',
      description:
        'Conéctese por video o por teléfono. Explicamos las reglas nuevas en palabras sencillas y cómo pueden afectar a las familias de Riverton. Puede enviar preguntas sin dar su nombre.',
    },
    ar: {
      title: 'مستجدات الهجرة: ما الذي تغيّر هذا الشهر (عبر الإنترنت)',
      summary: 'يشرح محامٍ التغييرات الأخيرة في قواعد الهجرة ويجيب عن الأسئلة مباشرة.',
      description:
        'انضم بالفيديو أو بالهاتف. نشرح القواعد الجديدة بكلمات بسيطة وكيف قد تؤثر على العائلات في ريفرتون. يمكنك إرسال أسئلتك دون ذكر اسمك.',
    },
    fr: {
      title: "Actualités de l'immigration : ce qui a changé ce mois-ci (en ligne)",
      summary: "Un avocat explique les derniers changements des règles d'immigration et répond aux questions en direct.",
      description:
        'Participez par vidéo ou par téléphone. Nous expliquons les nouvelles règles avec des mots simples et leurs effets possibles sur les familles de Riverton. Vous pouvez envoyer vos questions sans donner votre nom.',
    },
    ht: {
      title: 'Nouvèl imigrasyon: sa ki chanje mwa sa a (sou entènèt)',
      summary: 'Yon avoka eksplike dènye chanjman nan règ imigrasyon yo epi li reponn kesyon an dirèk.',
      description:
        'Konekte pa videyo oswa nan telefòn. Nou eksplike nouvo règ yo ak mo ki senp ak kijan yo ka afekte fanmi nan Riverton. Ou ka voye kesyon san ou pa bay non ou.',
    },
    pt: {
      title: 'Novidades da imigração: o que mudou este mês (online)',
      summary: 'Um advogado explica as mudanças recentes nas regras de imigração e responde perguntas ao vivo.',
      description:
        'Participe por vídeo ou por telefone. Explicamos as novas regras com palavras simples e como elas podem afetar as famílias de Riverton. Você pode enviar perguntas sem se identificar.',
    },
    'zh-Hans': {
      title: '移民政策动态：本月有哪些变化（线上）',
      summary: '律师讲解近期移民规定的变化，并现场回答问题。',
      description: '可通过视频或电话参加。我们用浅显的语言讲解新规定，以及它们可能对 Riverton 家庭产生的影响。您可以匿名提问。',
    },
    'fa-AF': {
      title: 'تازه‌های مهاجرت: این ماه چه تغییر کرد (آنلاین)',
      summary: 'یک وکیل تغییرات اخیر در قوانین مهاجرت را توضیح می‌دهد و مستقیم به سؤال‌ها جواب می‌دهد.',
      description:
        'از طریق ویدیو یا تلیفون شامل شوید. ما قوانین جدید را با کلمات ساده توضیح می‌دهیم و اینکه چطور ممکن است بر فامیل‌های ریورتون اثر کند. می‌توانید سؤال‌های خود را بدون نام بفرستید.',
    },
  },
  haitianHeritage: {
    en: {
      title: 'Haitian Heritage celebration',
      summary: 'Music, food and dance to celebrate Haitian culture, for the whole family.',
      description:
        "Join Konbit and your neighbors for an afternoon of kompa music, Haitian food, art by local artists and activities for children. Free, and everyone is welcome.",
    },
    es: {
      title: 'Celebración de la herencia haitiana',
      summary: 'Música, comida y baile para celebrar la cultura haitiana, para toda la familia.',
      description:
        'Acompañe a Konbit y a sus vecinos en una tarde de música kompa, comida haitiana, arte de artistas locales y actividades para niños. Gratis y abierta a todos.',
    },
    ar: {
      title: 'احتفال بالتراث الهايتي',
      summary: 'موسيقى وطعام ورقص للاحتفال بالثقافة الهايتية، لكل العائلة.',
      description:
        'انضم إلى مركز كونبيت وجيرانك في أمسية من موسيقى الكومبا والطعام الهايتي وأعمال فنانين محليين وأنشطة للأطفال. مجاني والجميع مرحَّب بهم.',
    },
    fr: {
      title: 'Fête du patrimoine haïtien',
      summary: 'Musique, cuisine et danse pour célébrer la culture haïtienne, pour toute la famille.',
      description:
        "Rejoignez Konbit et vos voisins pour un après-midi de konpa, de cuisine haïtienne, d'œuvres d'artistes locaux et d'activités pour les enfants. Gratuit et ouvert à tous.",
    },
    ht: {
      title: 'Fèt eritaj ayisyen',
      summary: 'Mizik, manje ak dans pou selebre kilti ayisyen, pou tout fanmi an.',
      description:
        'Vin jwenn Konbit ak vwazen ou pou yon apremidi mizik konpa, manje ayisyen, travay atis lokal ak aktivite pou timoun. Gratis, epi tout moun byenveni.',
    },
    pt: {
      title: 'Celebração da herança haitiana',
      summary: 'Música, comida e dança para celebrar a cultura haitiana, para toda a família.',
      description:
        'Junte-se ao Konbit e aos vizinhos numa tarde de música kompa, comida haitiana, arte de artistas locais e atividades para crianças. Gratuito e aberto a todos.',
    },
    'zh-Hans': {
      title: '海地文化节',
      summary: '用音乐、美食和舞蹈庆祝海地文化，适合全家参加。',
      description: '与 Konbit 和邻居们一起度过一个下午：康帕音乐、海地美食、本地艺术家作品和儿童活动。免费，欢迎所有人。',
    },
    'fa-AF': {
      title: 'جشن میراث فرهنگی هائیتی',
      summary: 'موسیقی، غذا و رقص برای تجلیل از فرهنگ هائیتی، برای تمام فامیل.',
      description:
        'با کونبیت و همسایه‌های خود یک بعد از ظهر موسیقی کومپا، غذای هائیتیایی، آثار هنرمندان محلی و فعالیت‌های اطفال را تجربه کنید. رایگان است و همه خوش‌آمدید.',
    },
  },
  afghanCulturalEvening: {
    en: {
      title: 'Afghan cultural evening',
      summary: 'An evening of Afghan music, poetry and food, open to all neighbors.',
      description:
        'Afghan families invite the whole city to share bolani and tea, listen to music and poetry, and see traditional clothing and crafts. Free, with activities for children.',
    },
    es: {
      title: 'Noche cultural afgana',
      summary: 'Una noche de música, poesía y comida afgana, abierta a todos los vecinos.',
      description:
        'Las familias afganas invitan a toda la ciudad a compartir bolani y té, escuchar música y poesía, y ver ropa y artesanías tradicionales. Gratis, con actividades para niños.',
    },
    ar: {
      title: 'أمسية ثقافية أفغانية',
      summary: 'أمسية من الموسيقى والشعر والطعام الأفغاني، مفتوحة لكل الجيران.',
      description:
        'تدعو العائلات الأفغانية المدينة كلها لتذوق البولاني والشاي، والاستماع إلى الموسيقى والشعر، ورؤية الملابس والحرف التقليدية. مجانية، مع أنشطة للأطفال.',
    },
    fr: {
      title: 'Soirée culturelle afghane',
      summary: 'Une soirée de musique, de poésie et de cuisine afghanes, ouverte à tous les voisins.',
      description:
        "Des familles afghanes invitent toute la ville à partager bolani et thé, à écouter musique et poésie et à découvrir vêtements et artisanat traditionnels. Gratuit, avec des activités pour les enfants.",
    },
    ht: {
      title: 'Aswè kiltirèl afgan',
      summary: 'Yon aswè mizik, powezi ak manje afgan, louvri pou tout vwazen.',
      description:
        'Fanmi afgan yo envite tout vil la vin pataje bolani ak te, koute mizik ak powezi, epi wè rad ak atizana tradisyonèl. Gratis, ak aktivite pou timoun.',
    },
    pt: {
      title: 'Noite cultural afegã',
      summary: 'Uma noite de música, poesia e comida afegã, aberta a todos os vizinhos.',
      description:
        'As famílias afegãs convidam toda a cidade para provar bolani e chá, ouvir música e poesia e conhecer roupas e artesanato tradicionais. Gratuito, com atividades para crianças.',
    },
    'zh-Hans': {
      title: '阿富汗文化之夜',
      summary: '一个充满阿富汗音乐、诗歌和美食的夜晚，欢迎所有邻居。',
      description: '阿富汗家庭邀请全城居民一起品尝 bolani 馅饼和茶，欣赏音乐和诗歌，观看传统服饰和手工艺品。免费，设有儿童活动。',
    },
    'fa-AF': {
      title: 'شب فرهنگی افغانی',
      summary: 'یک شب موسیقی، شعر و غذای افغانی، برای همه همسایه‌ها.',
      description:
        'فامیل‌های افغان تمام شهر را دعوت می‌کنند تا بولانی و چای بخورند، موسیقی و شعر بشنوند و لباس‌ها و صنایع دستی سنتی را ببینند. رایگان، با فعالیت‌هایی برای اطفال.',
    },
  },
  businessWorkshop: {
    en: {
      title: 'How to start a business in Riverton',
      summary: 'A free workshop on business plans, licenses, taxes and loans, in English and Spanish.',
      description:
        'Learn the steps to open a business legally in Riverton, including with an ITIN. Meet advisors and lenders who work with immigrant entrepreneurs. Registration is appreciated but not required.',
    },
    es: {
      title: 'Cómo abrir un negocio en Riverton',
      summary: 'Un taller gratis sobre planes de negocio, licencias, impuestos y préstamos, en inglés y español.',
      description:
        'Conozca los pasos para abrir un negocio de forma legal en Riverton, también con un ITIN. Conozca asesores y prestamistas que trabajan con emprendedores inmigrantes. Agradecemos la inscripción, pero no es obligatoria.',
    },
    ar: {
      title: 'كيف تبدأ مشروعًا في ريفرتون',
      summary: 'ورشة مجانية عن خطط العمل والتراخيص والضرائب والقروض، بالإنجليزية والإسبانية.',
      description:
        'تعرّف على خطوات فتح مشروع بشكل قانوني في ريفرتون، ومنها برقم ITIN. قابل مستشارين وجهات إقراض تعمل مع رواد الأعمال المهاجرين. التسجيل مستحسن لكنه ليس إلزاميًا.',
    },
    fr: {
      title: 'Créer une entreprise à Riverton',
      summary: "Un atelier gratuit sur le plan d'affaires, les licences, les impôts et les prêts, en anglais et en espagnol.",
      description:
        "Découvrez les étapes pour ouvrir légalement une entreprise à Riverton, y compris avec un ITIN. Rencontrez des conseillers et des prêteurs qui travaillent avec des entrepreneurs immigrants. L'inscription est appréciée mais pas obligatoire.",
    },
    ht: {
      title: 'Kijan pou louvri yon biznis nan Riverton',
      summary: 'Yon atelye gratis sou plan biznis, lisans, taks ak prè, an angle ak an panyòl.',
      description:
        'Aprann etap pou louvri yon biznis legalman nan Riverton, menm ak yon ITIN. Rankontre konseye ak moun ki prete lajan ki travay ak antreprenè imigran. Nou apresye si ou enskri, men se pa obligatwa.',
    },
    pt: {
      title: 'Como abrir um negócio em Riverton',
      summary: 'Uma oficina gratuita sobre plano de negócios, licenças, impostos e empréstimos, em inglês e espanhol.',
      description:
        'Conheça os passos para abrir um negócio legalmente em Riverton, inclusive com ITIN. Converse com consultores e instituições de crédito que trabalham com empreendedores imigrantes. A inscrição é bem-vinda, mas não obrigatória.',
    },
    'zh-Hans': {
      title: '如何在 Riverton 创业',
      summary: '关于商业计划、执照、税务和贷款的免费讲座，用英语和西班牙语进行。',
      description: '了解在 Riverton 合法开办企业的步骤，包括持 ITIN 创业。结识为移民创业者服务的顾问和贷款机构。欢迎报名，但不是必需的。',
    },
    'fa-AF': {
      title: 'چطور در ریورتون کسب‌وکار شروع کنیم',
      summary: 'یک ورکشاپ رایگان در مورد پلان تجارتی، جواز، مالیات و قرضه، به انگلیسی و اسپانیایی.',
      description:
        'قدم‌های باز کردن قانونی یک کسب‌وکار در ریورتون، از جمله با ITIN، را یاد بگیرید. با مشاوران و قرضه‌دهندگانی که با کارآفرینان مهاجر کار می‌کنند آشنا شوید. ثبت‌نام خوب است اما لازمی نیست.',
    },
  },
  tenantWorkshop: {
    en: {
      title: 'Tenant rights workshop',
      summary: 'Learn your rights as a tenant: repairs, deposits, rent increases and evictions.',
      description:
        'A housing lawyer explains Connecticut tenant law in plain words and answers your questions. Bring your lease and any letters from your landlord. Interpretation in Spanish, Portuguese and Polish.',
    },
    es: {
      title: 'Taller de derechos de inquilinos',
      summary: 'Conozca sus derechos como inquilino: reparaciones, depósitos, aumentos de renta y desalojos.',
      description:
        'Un abogado de vivienda explica la ley de inquilinos de Connecticut en palabras sencillas y responde sus preguntas. Traiga su contrato y las cartas del dueño. Interpretación en español, portugués y polaco.',
    },
    ar: {
      title: 'ورشة حقوق المستأجرين',
      summary: 'تعرّف على حقوقك كمستأجر: الإصلاحات والتأمين وزيادات الإيجار والإخلاء.',
      description:
        'يشرح محامي سكن قانون المستأجرين في كونيتيكت بكلمات بسيطة ويجيب عن أسئلتك. أحضر عقد الإيجار وأي رسائل من المالك. ترجمة إلى الإسبانية والبرتغالية والبولندية.',
    },
    fr: {
      title: 'Atelier sur les droits des locataires',
      summary: 'Connaissez vos droits de locataire : réparations, caution, hausses de loyer et expulsions.',
      description:
        'Un avocat spécialisé en logement explique la loi du Connecticut sur les locataires avec des mots simples et répond à vos questions. Apportez votre bail et les lettres du propriétaire. Interprétation en espagnol, portugais et polonais.',
    },
    ht: {
      title: 'Atelye sou dwa lokatè',
      summary: 'Konnen dwa ou kòm lokatè: reparasyon, depo, ogmantasyon lwaye ak degèpisman.',
      description:
        'Yon avoka lojman eksplike lwa lokatè Connecticut ak mo ki senp epi li reponn kesyon ou. Pote kontra lwaye ou ak lèt mèt kay la voye ba ou. Gen entèpretasyon an panyòl, pòtigè ak polonè.',
    },
    pt: {
      title: 'Oficina sobre direitos do inquilino',
      summary: 'Conheça seus direitos como inquilino: consertos, depósito, aumento de aluguel e despejo.',
      description:
        'Um advogado de moradia explica a lei do inquilinato de Connecticut com palavras simples e responde suas perguntas. Traga seu contrato e as cartas do proprietário. Interpretação em espanhol, português e polonês.',
    },
    'zh-Hans': {
      title: '租户权利讲座',
      summary: '了解您作为租户的权利：维修、押金、涨租和驱逐。',
      description: '住房律师用浅显的语言讲解康涅狄格州租户法律，并回答您的问题。请带上租约和房东寄来的信件。提供西班牙语、葡萄牙语和波兰语口译。',
    },
    'fa-AF': {
      title: 'ورکشاپ حقوق کرایه‌نشینان',
      summary: 'حقوق خود را به عنوان کرایه‌نشین بدانید: ترمیم، پول گرو، بالا رفتن کرایه و اخراج.',
      description:
        'یک وکیل مسکن قانون کرایه‌نشینی کنتیکت را با کلمات ساده توضیح می‌دهد و به سؤال‌های شما جواب می‌دهد. قرارداد کرایه و نامه‌های صاحب‌خانه را بیاورید. ترجمانی به اسپانیایی، پرتگالی و پولندی.',
    },
  },
  mobilePantry: {
    en: {
      title: 'Mobile food pantry',
      summary: 'Free fresh produce and groceries from the food bank truck, every other Saturday.',
      description:
        'The food bank truck parks outside the Konbit center in the North End. Bring bags or a cart; food is given out until it runs out. No ID, no registration and no questions about immigration status.',
    },
    es: {
      title: 'Despensa de comida móvil',
      summary: 'Frutas, verduras y alimentos gratis del camión del banco de alimentos, un sábado sí y otro no.',
      description:
        'El camión del banco de alimentos se estaciona frente al centro Konbit en North End. Traiga bolsas o un carrito; se reparte comida hasta que se acabe. Sin identificación, sin inscripción y sin preguntas sobre el estatus migratorio.',
    },
    ar: {
      title: 'بنك الطعام المتنقل',
      summary: 'خضروات وفواكه ومواد غذائية مجانية من شاحنة بنك الطعام، كل يوم سبت بعد أسبوعين.',
      description:
        'تقف شاحنة بنك الطعام أمام مركز كونبيت في نورث إند. أحضر أكياسًا أو عربة؛ يُوزَّع الطعام حتى ينفد. بلا هوية ولا تسجيل ولا أسئلة عن وضع الهجرة.',
    },
    fr: {
      title: 'Distribution alimentaire mobile',
      summary: 'Fruits, légumes et produits gratuits du camion de la banque alimentaire, un samedi sur deux.',
      description:
        "Le camion de la banque alimentaire se gare devant le centre Konbit, dans le North End. Apportez des sacs ou un chariot ; la nourriture est distribuée jusqu'à épuisement. Pas de pièce d'identité, pas d'inscription, aucune question sur le statut d'immigration.",
    },
    ht: {
      title: 'Depo manje mobil',
      summary: 'Fwi, legim ak manje gratis nan kamyon bank manje a, yon samdi sou de.',
      description:
        'Kamyon bank manje a kanpe devan sant Konbit nan North End. Pote sache oswa yon ti charyo; y ap bay manje jiskaske li fini. Pa gen pyès idantite, pa gen enskripsyon, pa gen kesyon sou estati imigrasyon.',
    },
    pt: {
      title: 'Despensa móvel de alimentos',
      summary: 'Frutas, verduras e mantimentos gratuitos do caminhão do banco de alimentos, em sábados alternados.',
      description:
        'O caminhão do banco de alimentos estaciona em frente ao centro Konbit, no North End. Traga sacolas ou um carrinho; a comida é distribuída até acabar. Sem documento, sem inscrição e sem perguntas sobre situação imigratória.',
    },
    'zh-Hans': {
      title: '流动食物站',
      summary: '食物银行的卡车每隔一个周六免费发放新鲜蔬果和食品。',
      description: '食物银行的卡车停在 North End 的 Konbit 中心门前。请带购物袋或小推车；食品发完即止。不需要证件，不需要登记，不问移民身份。',
    },
    'fa-AF': {
      title: 'بانک غذای سیار',
      summary: 'میوه، سبزی و مواد غذایی رایگان از موتر بانک غذا، هر دو هفته یک بار روز شنبه.',
      description:
        'موتر بانک غذا مقابل مرکز کونبیت در نورث اند توقف می‌کند. خریطه یا کراچی بیاورید؛ غذا تا وقتی که تمام شود توزیع می‌شود. بدون کارت هویت، بدون ثبت‌نام و بدون سؤال در مورد وضعیت مهاجرتی.',
    },
  },
} satisfies Record<string, EventTexts>;

export type EventTextKey = keyof typeof EVENT_TEXTS;

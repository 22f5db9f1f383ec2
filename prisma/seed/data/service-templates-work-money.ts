// Service templates: jobs & training, money, taxes & benefits, business.
import type { ServiceTemplate } from './types';

export const WORK_MONEY_TEMPLATES: ServiceTemplate[] = [
  {
    slug: 'job-readiness-workshop',
    primary: 'jobs-training',
    documents: ['resume'],
    fee: 'free',
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
      { org: 'capital-region-job-center' },
      { org: 'new-roots-refugee-services' },
      { org: 'afghan-community-association', hours: 'saturdayGroup' },
    ],
    text: {
      en: {
        name: 'Job readiness workshop',
        summary: 'Learn how to find a job in the U.S.: applications, interviews and what employers expect.',
        description:
          'In a short workshop you learn where to find jobs, how to fill in applications, how to answer interview questions and your basic rights at work. Staff can then help you apply for real jobs.',
        eligibility: 'Adults looking for work. Some jobs require permission to work in the U.S.; we explain which ones.',
        howToApply: ['Come to the next workshop or call to sign up.', 'Bring your résumé if you have one.'],
      },
      es: {
        name: 'Taller de preparación para el empleo',
        summary: 'Aprenda a buscar trabajo en EE. UU.: solicitudes, entrevistas y lo que esperan los empleadores.',
        description:
          'En un taller corto aprende dónde buscar trabajo, cómo llenar solicitudes, cómo responder en una entrevista y sus derechos básicos en el trabajo. Después, el personal puede ayudarle a solicitar empleos reales.',
        eligibility: 'Adultos que buscan trabajo. Algunos empleos exigen permiso para trabajar en EE. UU.; le explicamos cuáles.',
        howToApply: ['Venga al próximo taller o llame para inscribirse.', 'Traiga su currículum si tiene uno.'],
      },
      ar: {
        name: 'ورشة الاستعداد للعمل',
        summary: 'تعلّم كيف تجد عملًا في الولايات المتحدة: الطلبات والمقابلات وما يتوقعه أصحاب العمل.',
        description:
          'في ورشة قصيرة تتعلم أين تجد الوظائف، وكيف تملأ الطلبات، وكيف تجيب عن أسئلة المقابلة، وما هي حقوقك الأساسية في العمل. بعد ذلك يمكن للموظفين مساعدتك في التقديم على وظائف حقيقية.',
        eligibility: 'البالغون الباحثون عن عمل. بعض الوظائف تتطلب تصريحًا بالعمل في الولايات المتحدة؛ نشرح لك أيها.',
        howToApply: ['احضر الورشة القادمة أو اتصل للتسجيل.', 'أحضر سيرتك الذاتية إن كانت لديك.'],
      },
      fr: {
        name: "Atelier de préparation à l'emploi",
        summary: 'Apprenez à trouver un emploi aux États-Unis : candidatures, entretiens et attentes des employeurs.',
        description:
          "Dans un court atelier, vous apprenez où chercher un emploi, comment remplir une candidature, comment répondre en entretien et quels sont vos droits de base au travail. Ensuite, l'équipe peut vous aider à postuler à de vraies offres.",
        eligibility: "Adultes qui cherchent du travail. Certains emplois exigent une autorisation de travail aux États-Unis ; nous vous disons lesquels.",
        howToApply: ['Venez au prochain atelier ou appelez pour vous inscrire.', 'Apportez votre CV si vous en avez un.'],
      },
      ht: {
        name: 'Atelye pou prepare pou travay',
        summary: 'Aprann kijan pou jwenn travay Ozetazini: aplikasyon, entèvyou ak sa patwon yo tann.',
        description:
          'Nan yon ti atelye ou aprann ki kote pou jwenn travay, kijan pou ranpli aplikasyon, kijan pou reponn kesyon entèvyou ak dwa debaz ou nan travay. Apre sa, anplwaye yo ka ede ou aplike pou vrè travay.',
        eligibility: 'Granmoun k ap chèche travay. Gen kèk travay ki mande otorizasyon pou travay Ozetazini; n ap eksplike ou kilès.',
        howToApply: ['Vini nan pwochen atelye a oswa rele pou enskri.', 'Pote CV ou si ou genyen youn.'],
      },
      pt: {
        name: 'Oficina de preparação para o emprego',
        summary: 'Aprenda a procurar emprego nos EUA: candidaturas, entrevistas e o que os empregadores esperam.',
        description:
          'Numa oficina curta você aprende onde encontrar vagas, como preencher candidaturas, como responder numa entrevista e quais são seus direitos básicos no trabalho. Depois, a equipe pode ajudar você a se candidatar a vagas reais.',
        eligibility: 'Adultos que procuram emprego. Algumas vagas exigem autorização de trabalho nos EUA; explicamos quais.',
        howToApply: ['Venha à próxima oficina ou ligue para se inscrever.', 'Traga seu currículo, se tiver.'],
      },
      'zh-Hans': {
        name: '求职准备讲座',
        summary: '了解如何在美国找工作：求职申请、面试以及雇主的期望。',
        description: '在简短的讲座中，您将了解去哪里找工作、如何填写求职申请、如何回答面试问题，以及您在工作中的基本权利。之后，工作人员可以帮助您申请真实的职位。',
        eligibility: '正在找工作的成人。有些工作要求具有在美国工作的许可，我们会说明是哪些。',
        howToApply: ['参加下一次讲座，或打电话报名。', '如有简历，请带上。'],
      },
      'fa-AF': {
        name: 'ورکشاپ آمادگی برای کار',
        summary: 'یاد بگیرید چطور در امریکا کار پیدا کنید: درخواست، مصاحبه و آنچه کارفرمایان انتظار دارند.',
        description:
          'در یک ورکشاپ کوتاه یاد می‌گیرید کجا کار پیدا کنید، چطور فورم درخواست را پر کنید، به سؤال‌های مصاحبه چطور جواب بدهید و حقوق اساسی شما در کار چیست. بعد کارمندان می‌توانند در درخواست برای کارهای واقعی کمک کنند.',
        eligibility: 'بزرگسالانی که دنبال کار هستند. بعضی کارها اجازه کار در امریکا را لازم دارند؛ ما می‌گوییم کدام‌ها.',
        howToApply: ['به ورکشاپ بعدی بیایید یا برای ثبت‌نام زنگ بزنید.', 'اگر رزومه دارید بیاورید.'],
      },
    },
  },
  {
    slug: 'unpaid-wages-help',
    primary: 'jobs-training',
    documents: ['payRecords', 'employerInfo'],
    fee: 'free',
    hours: 'wednesdayEvening',
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
      { org: 'riverton-workers-center' },
      { org: 'connecticut-valley-legal-aid', hours: 'office', traits: { acceptsWalkIns: false, appointmentNeeded: true } },
    ],
    text: {
      en: {
        name: 'Help if your employer did not pay you',
        summary: 'Get back the wages you earned, including overtime, whatever your immigration status.',
        description:
          'In the U.S., every worker must be paid for every hour, at least the minimum wage, whatever their status. We help you write down what you are owed, talk to the employer and file a claim with the state labor department. We never ask about your papers.',
        eligibility: 'Workers in the Riverton area who were not paid, or were paid less than the law requires.',
        howToApply: [
          "Come to our weekly workers' clinic or call us.",
          'Bring anything that shows your hours and pay.',
          'We decide together what to do next.',
        ],
      },
      es: {
        name: 'Ayuda si su empleador no le pagó',
        summary: 'Recupere el salario que ganó, incluidas las horas extra, sin importar su estatus migratorio.',
        description:
          'En EE. UU., todo trabajador debe recibir pago por cada hora, al menos el salario mínimo, sin importar su estatus. Le ayudamos a anotar lo que le deben, hablar con el empleador y presentar un reclamo ante el departamento de trabajo del estado. Nunca preguntamos por sus papeles.',
        eligibility: 'Trabajadores de la zona de Riverton a quienes no les pagaron o les pagaron menos de lo que exige la ley.',
        howToApply: [
          'Venga a nuestra clínica semanal para trabajadores o llámenos.',
          'Traiga todo lo que muestre sus horas y su pago.',
          'Decidimos juntos qué hacer después.',
        ],
      },
      ar: {
        name: 'المساعدة إذا لم يدفع لك صاحب العمل',
        summary: 'استرد الأجور التي كسبتها، ومنها العمل الإضافي، مهما كان وضعك من الهجرة.',
        description:
          'في الولايات المتحدة يجب أن يحصل كل عامل على أجر عن كل ساعة، بالحد الأدنى للأجور على الأقل، مهما كان وضعه. نساعدك في تدوين المبلغ المستحق لك، والتحدث مع صاحب العمل، وتقديم شكوى إلى دائرة العمل في الولاية. لا نسأل أبدًا عن أوراقك.',
        eligibility: 'العمال في منطقة ريفرتون الذين لم يُدفع لهم، أو دُفع لهم أقل مما يفرضه القانون.',
        howToApply: [
          'احضر عيادتنا الأسبوعية للعمال أو اتصل بنا.',
          'أحضر أي شيء يُظهر ساعات عملك وأجرك.',
          'نقرر معًا الخطوة التالية.',
        ],
      },
      fr: {
        name: "Aide si votre employeur ne vous a pas payé",
        summary: "Récupérez le salaire gagné, heures supplémentaires comprises, quel que soit votre statut d'immigration.",
        description:
          "Aux États-Unis, chaque travailleur doit être payé pour chaque heure, au moins au salaire minimum, quel que soit son statut. Nous vous aidons à noter ce qu'on vous doit, à parler à l'employeur et à porter plainte auprès du département du Travail de l'État. Nous ne demandons jamais vos papiers.",
        eligibility: "Les travailleurs de la région de Riverton qui n'ont pas été payés, ou moins que ce que la loi exige.",
        howToApply: [
          'Venez à notre permanence hebdomadaire pour les travailleurs ou appelez-nous.',
          'Apportez tout ce qui montre vos heures et votre paie.',
          'Nous décidons ensemble de la suite.',
        ],
      },
      ht: {
        name: 'Èd si patwon ou pa t peye ou',
        summary: 'Rekipere lajan ou te touche, ansanm ak lè siplemantè, kèlkeswa estati imigrasyon ou.',
        description:
          'Ozetazini, yo dwe peye chak travayè pou chak èdtan, omwen salè minimòm, kèlkeswa estati li. Nou ede ou ekri sa yo dwe ou, pale ak patwon an epi depoze yon plent nan depatman travay leta a. Nou pa janm mande papye ou.',
        eligibility: 'Travayè nan zòn Riverton yo pa t peye, oswa yo te peye mwens pase sa lalwa mande.',
        howToApply: [
          'Vini nan klinik travayè nou fè chak semèn oswa rele nou.',
          'Pote nenpòt bagay ki montre lè ou te travay ak sa yo te peye ou.',
          'Nou deside ansanm sa pou nou fè apre.',
        ],
      },
      pt: {
        name: 'Ajuda se o seu empregador não pagou',
        summary: 'Receba os salários que você ganhou, incluindo horas extras, qualquer que seja sua situação imigratória.',
        description:
          'Nos EUA, todo trabalhador deve receber por cada hora, no mínimo o salário mínimo, qualquer que seja a situação. Ajudamos você a anotar o que lhe devem, conversar com o empregador e abrir uma reclamação no departamento do trabalho do estado. Nunca perguntamos sobre seus documentos.',
        eligibility: 'Trabalhadores da região de Riverton que não receberam, ou receberam menos do que a lei exige.',
        howToApply: [
          'Venha ao nosso plantão semanal para trabalhadores ou ligue para nós.',
          'Traga tudo o que mostre suas horas e seu pagamento.',
          'Decidimos juntos o próximo passo.',
        ],
      },
      'zh-Hans': {
        name: '雇主拖欠工资求助',
        summary: '无论移民身份如何，都能追回您应得的工资，包括加班费。',
        description: '在美国，无论身份如何，每个工人的每个工时都必须得到报酬，且不低于最低工资。我们帮您记下被拖欠的金额，与雇主沟通，并向州劳工部门提出申诉。我们从不询问您的身份文件。',
        eligibility: 'Riverton 地区没有拿到工资或工资低于法定标准的工人。',
        howToApply: ['参加我们每周的工人咨询会，或打电话给我们。', '带上任何能证明工时和工资的材料。', '我们一起决定下一步。'],
      },
      'fa-AF': {
        name: 'کمک اگر کارفرما معاش شما را نداده',
        summary: 'معاشی را که کار کرده‌اید، از جمله اضافه‌کاری، با هر وضعیت مهاجرتی پس بگیرید.',
        description:
          'در امریکا به هر کارگر، با هر وضعیتی، باید برای هر ساعت حداقل معاش قانونی پرداخته شود. ما کمک می‌کنیم آنچه طلب دارید را بنویسید، با کارفرما صحبت کنید و به اداره کار ایالت شکایت کنید. ما هرگز در مورد اسناد شما سؤال نمی‌کنیم.',
        eligibility: 'کارگران منطقه ریورتون که معاش نگرفته‌اند، یا کمتر از آنچه قانون می‌گوید گرفته‌اند.',
        howToApply: [
          'به کلینیک هفته‌وار کارگران بیایید یا به ما زنگ بزنید.',
          'هر چیزی که ساعت کار و معاش شما را نشان می‌دهد بیاورید.',
          'با هم تصمیم می‌گیریم قدم بعدی چیست.',
        ],
      },
    },
  },
  {
    slug: 'job-training-with-certificate',
    primary: 'jobs-training',
    secondary: 'education-schools',
    documents: ['photoId', 'immigrationPapers', 'diplomas'],
    fee: 'trainingGrant',
    hours: 'morningClass',
    traits: {
      isFree: false,
      acceptsWalkIns: false,
      appointmentNeeded: true,
      interpreterAvailable: false,
      offeredOnline: false,
      offeredByPhone: false,
      ids: ['state_id', 'foreign_passport', 'any_photo_id'],
      safety: 'workAuthorization',
    },
    instances: [{ org: 'capital-region-job-center' }, { org: 'riverton-community-college', hours: 'eveningClass' }],
    text: {
      en: {
        name: 'Job training with a certificate',
        summary: 'Short training programs for jobs in health care, manufacturing, driving and more.',
        description:
          'Programs last 6 to 16 weeks and lead to a certificate, such as nursing assistant, truck driver (CDL) or welder. Training grants can pay the full cost. Grants and jobs require permission to work in the U.S.',
        eligibility: 'Adults with permission to work in the U.S. Some programs need a high school diploma or GED.',
        howToApply: ['Come to an information session.', 'Meet a career counselor to choose a program.', 'Apply for a training grant with our help.'],
      },
      es: {
        name: 'Capacitación laboral con certificado',
        summary: 'Programas cortos de capacitación para trabajos en salud, manufactura, transporte y más.',
        description:
          'Los programas duran de 6 a 16 semanas y dan un certificado, por ejemplo de asistente de enfermería, chofer de camión (CDL) o soldador. Las becas pueden pagar todo el costo. Las becas y los empleos exigen permiso para trabajar en EE. UU.',
        eligibility: 'Adultos con permiso para trabajar en EE. UU. Algunos programas piden diploma de secundaria o GED.',
        howToApply: ['Venga a una sesión informativa.', 'Reúnase con un consejero de carrera para elegir un programa.', 'Solicite una beca con nuestra ayuda.'],
      },
      ar: {
        name: 'تدريب مهني بشهادة',
        summary: 'برامج تدريب قصيرة لوظائف في الرعاية الصحية والتصنيع والقيادة وغيرها.',
        description:
          'تستمر البرامج من 6 إلى 16 أسبوعًا وتنتهي بشهادة، مثل مساعد تمريض أو سائق شاحنة (CDL) أو لحّام. يمكن لمنح التدريب أن تغطي التكلفة كاملة. المنح والوظائف تتطلب تصريحًا بالعمل في الولايات المتحدة.',
        eligibility: 'البالغون الذين لديهم تصريح بالعمل في الولايات المتحدة. بعض البرامج تتطلب شهادة الثانوية أو GED.',
        howToApply: ['احضر جلسة تعريفية.', 'قابل مرشدًا مهنيًا لاختيار البرنامج.', 'قدّم على منحة تدريب بمساعدتنا.'],
      },
      fr: {
        name: 'Formation professionnelle avec certificat',
        summary: "Des formations courtes pour des métiers de la santé, de l'industrie, de la conduite et plus.",
        description:
          "Les programmes durent de 6 à 16 semaines et mènent à un certificat, par exemple aide-soignant, chauffeur poids lourd (CDL) ou soudeur. Des bourses peuvent payer tout le coût. Les bourses et les emplois exigent une autorisation de travail aux États-Unis.",
        eligibility: "Adultes autorisés à travailler aux États-Unis. Certains programmes demandent un diplôme d'études secondaires ou le GED.",
        howToApply: ["Venez à une séance d'information.", 'Rencontrez un conseiller pour choisir un programme.', 'Demandez une bourse de formation avec notre aide.'],
      },
      ht: {
        name: 'Fòmasyon travay ak sètifika',
        summary: 'Pwogram fòmasyon kout pou travay nan swen sante, faktori, kondui ak plis ankò.',
        description:
          'Pwogram yo dire 6 a 16 semèn epi yo bay yon sètifika, tankou asistan enfimyè, chofè kamyon (CDL) oswa soudè. Bous fòmasyon ka peye tout frè a. Bous yo ak travay yo mande otorizasyon pou travay Ozetazini.',
        eligibility: 'Granmoun ki gen otorizasyon pou travay Ozetazini. Gen kèk pwogram ki mande diplòm lekòl segondè oswa GED.',
        howToApply: ['Vini nan yon sesyon enfòmasyon.', 'Rankontre yon konseye karyè pou chwazi yon pwogram.', 'Aplike pou yon bous fòmasyon ak èd nou.'],
      },
      pt: {
        name: 'Capacitação profissional com certificado',
        summary: 'Cursos curtos para vagas na saúde, indústria, direção e mais.',
        description:
          'Os cursos duram de 6 a 16 semanas e dão um certificado, como auxiliar de enfermagem, motorista de caminhão (CDL) ou soldador. Bolsas de capacitação podem pagar o custo total. As bolsas e as vagas exigem autorização de trabalho nos EUA.',
        eligibility: 'Adultos com autorização de trabalho nos EUA. Alguns cursos exigem diploma do ensino médio ou GED.',
        howToApply: ['Venha a uma sessão informativa.', 'Converse com um orientador de carreira para escolher o curso.', 'Peça uma bolsa de capacitação com a nossa ajuda.'],
      },
      'zh-Hans': {
        name: '带证书的职业培训',
        summary: '面向医疗护理、制造、驾驶等行业的短期培训项目。',
        description: '项目为期 6 至 16 周，结业可获证书，例如护理助理、卡车司机（CDL）或焊工。培训补助可以支付全部费用。补助和工作都要求具有在美国工作的许可。',
        eligibility: '具有在美国工作许可的成人。部分项目要求高中文凭或 GED。',
        howToApply: ['参加说明会。', '与职业顾问见面，选择项目。', '在我们的帮助下申请培训补助。'],
      },
      'fa-AF': {
        name: 'آموزش مسلکی با سرتیفیکیت',
        summary: 'برنامه‌های کوتاه آموزشی برای کار در صحت، فابریکه، رانندگی و غیره.',
        description:
          'برنامه‌ها ۶ تا ۱۶ هفته طول می‌کشند و با سرتیفیکیت تمام می‌شوند، مانند دستیار نرس، راننده لاری (CDL) یا ویلدر. کمک‌هزینه آموزشی می‌تواند تمام هزینه را بپردازد. کمک‌هزینه و کار، اجازه کار در امریکا را لازم دارند.',
        eligibility: 'بزرگسالانی که اجازه کار در امریکا دارند. بعضی برنامه‌ها دیپلوم لیسه یا GED می‌خواهند.',
        howToApply: ['به یک جلسه معلوماتی بیایید.', 'با یک مشاور مسلکی برای انتخاب برنامه ملاقات کنید.', 'با کمک ما برای کمک‌هزینه آموزشی درخواست بدهید.'],
      },
    },
  },
  {
    slug: 'resume-and-job-application-help',
    primary: 'jobs-training',
    documents: ['resume', 'diplomas'],
    fee: 'free',
    hours: 'walkInMornings',
    traits: {
      isFree: true,
      acceptsWalkIns: true,
      appointmentNeeded: false,
      interpreterAvailable: false,
      offeredOnline: true,
      offeredByPhone: false,
      ids: ['none_needed'],
      safety: 'welcoming',
    },
    instances: [
      { org: 'riverton-public-library', hours: 'library' },
      { org: 'casa-do-brasil-riverton' },
      { org: 'arab-american-community-center' },
    ],
    text: {
      en: {
        name: 'Résumé and job application help',
        summary: 'Write a U.S.-style résumé and apply for jobs online, with help.',
        description:
          'A volunteer helps you describe your work experience and skills, including jobs in your home country, and create a one-page résumé. We also help you make an email account and apply online.',
        eligibility: 'Anyone looking for a job.',
        howToApply: ['Walk in during help hours.', 'Bring any information about your past jobs and studies.'],
      },
      es: {
        name: 'Ayuda con el currículum y las solicitudes de empleo',
        summary: 'Escriba un currículum al estilo de EE. UU. y solicite empleos en línea, con ayuda.',
        description:
          'Un voluntario le ayuda a describir su experiencia y sus habilidades, incluidos los trabajos en su país, y a crear un currículum de una página. También le ayudamos a crear un correo electrónico y a solicitar en línea.',
        eligibility: 'Cualquier persona que busque trabajo.',
        howToApply: ['Venga sin cita en el horario de ayuda.', 'Traiga información sobre sus trabajos y estudios anteriores.'],
      },
      ar: {
        name: 'المساعدة في السيرة الذاتية وطلبات العمل',
        summary: 'اكتب سيرة ذاتية على الطريقة الأمريكية وقدّم على الوظائف عبر الإنترنت، بمساعدة.',
        description:
          'يساعدك متطوع في وصف خبرتك ومهاراتك، ومنها الأعمال في بلدك، وإعداد سيرة ذاتية من صفحة واحدة. ونساعدك أيضًا في إنشاء بريد إلكتروني والتقديم عبر الإنترنت.',
        eligibility: 'كل من يبحث عن عمل.',
        howToApply: ['تعال دون موعد خلال ساعات المساعدة.', 'أحضر أي معلومات عن أعمالك ودراستك السابقة.'],
      },
      fr: {
        name: 'Aide pour le CV et les candidatures',
        summary: 'Rédigez un CV à l’américaine et postulez en ligne, avec de l’aide.',
        description:
          "Un bénévole vous aide à décrire votre expérience et vos compétences, y compris les emplois dans votre pays, et à faire un CV d'une page. Nous vous aidons aussi à créer une adresse e-mail et à postuler en ligne.",
        eligibility: 'Toute personne qui cherche un emploi.',
        howToApply: ["Venez sans rendez-vous pendant les heures d'aide.", 'Apportez des informations sur vos emplois et études passés.'],
      },
      ht: {
        name: 'Èd pou CV ak aplikasyon travay',
        summary: 'Ekri yon CV fason ameriken epi aplike pou travay sou entènèt, ak èd.',
        description:
          'Yon volontè ede ou dekri eksperyans travay ou ak konpetans ou, menm travay ou te fè nan peyi ou, epi fè yon CV yon sèl paj. Nou ede ou tou kreye yon imèl epi aplike sou entènèt.',
        eligibility: 'Nenpòt moun k ap chèche travay.',
        howToApply: ['Vini san randevou pandan lè èd yo.', 'Pote enfòmasyon sou travay ak etid ou te fè anvan.'],
      },
      pt: {
        name: 'Ajuda com currículo e candidaturas',
        summary: 'Faça um currículo no estilo americano e candidate-se a vagas online, com ajuda.',
        description:
          'Um voluntário ajuda você a descrever sua experiência e suas habilidades, incluindo trabalhos no seu país, e a montar um currículo de uma página. Também ajudamos a criar um e-mail e a se candidatar online.',
        eligibility: 'Qualquer pessoa que esteja procurando emprego.',
        howToApply: ['Venha sem hora marcada no horário de atendimento.', 'Traga informações sobre seus trabalhos e estudos anteriores.'],
      },
      'zh-Hans': {
        name: '简历和求职申请帮助',
        summary: '在帮助下写一份美式简历，并在网上申请工作。',
        description: '志愿者帮助您描述工作经验和技能（包括在原籍国的工作），并制作一页纸的简历。我们也帮您注册电子邮箱、在网上申请工作。',
        eligibility: '任何正在找工作的人。',
        howToApply: ['在服务时间内直接前来。', '带上您过去工作和学习的相关信息。'],
      },
      'fa-AF': {
        name: 'کمک در رزومه و درخواست کار',
        summary: 'با کمک ما یک رزومه به سبک امریکایی بنویسید و آنلاین برای کار درخواست بدهید.',
        description:
          'یک رضاکار کمک می‌کند تجربه کاری و مهارت‌های خود، از جمله کارهایی که در کشور خود داشتید، را بنویسید و یک رزومه یک‌صفحه‌ای بسازید. ما در ساختن ایمیل و درخواست آنلاین هم کمک می‌کنیم.',
        eligibility: 'هر کسی که دنبال کار است.',
        howToApply: ['در ساعات کمک بدون وقت قبلی بیایید.', 'هر معلوماتی در مورد کار و تحصیلات گذشته خود دارید بیاورید.'],
      },
    },
  },
  {
    slug: 'free-tax-filing-help-vita',
    primary: 'money-taxes-benefits',
    documents: ['taxForms', 'lastTaxReturn', 'taxIds', 'bankAccount', 'photoId'],
    fee: 'free',
    hours: 'taxClinic',
    traits: {
      isFree: true,
      acceptsWalkIns: true,
      appointmentNeeded: false,
      interpreterAvailable: true,
      offeredOnline: false,
      offeredByPhone: false,
      ids: ['any_photo_id', 'foreign_passport', 'consular_id', 'municipal_id', 'itin_letter'],
      safety: 'welcoming',
    },
    instances: [
      { org: 'riverton-financial-empowerment-center' },
      { org: 'riverton-public-library', hours: 'saturdayMorning' },
      { org: 'riverton-chinese-community-center', hours: 'saturdayMorning' },
    ],
    text: {
      en: {
        name: 'Free tax filing help (VITA)',
        summary: 'IRS-certified volunteers prepare and file your taxes for free.',
        description:
          'If your household earns about $67,000 a year or less, volunteers file your federal and state taxes and help you get every credit you qualify for, such as the Earned Income Tax Credit. You can file with an ITIN.',
        eligibility: 'Households with income up to about $67,000 a year, with a Social Security number or an ITIN.',
        howToApply: [
          'Walk in or make an appointment during tax season (late January to April).',
          'Bring the documents on the list.',
          'Your refund goes straight to your bank account or comes as a check.',
        ],
      },
      es: {
        name: 'Ayuda gratis para declarar impuestos (VITA)',
        summary: 'Voluntarios certificados por el IRS preparan y presentan sus impuestos gratis.',
        description:
          'Si su hogar gana unos $67,000 al año o menos, los voluntarios presentan sus impuestos federales y estatales y le ayudan a recibir todos los créditos a los que tiene derecho, como el Crédito por Ingreso del Trabajo. Puede declarar con un ITIN.',
        eligibility: 'Hogares con ingresos de hasta unos $67,000 al año, con número de Seguro Social o ITIN.',
        howToApply: [
          'Venga sin cita o haga una cita durante la temporada de impuestos (de fines de enero a abril).',
          'Traiga los documentos de la lista.',
          'Su reembolso llega directo a su cuenta de banco o en cheque.',
        ],
      },
      ar: {
        name: 'مساعدة مجانية في تقديم الضرائب (VITA)',
        summary: 'متطوعون معتمدون من مصلحة الضرائب يعدّون إقرارك الضريبي ويقدمونه مجانًا.',
        description:
          'إن كان دخل أسرتك نحو 67,000 دولار في السنة أو أقل، يقدّم المتطوعون ضرائبك الفيدرالية وضرائب الولاية ويساعدونك في الحصول على كل الإعفاءات المستحقة لك، مثل الإعفاء الضريبي على دخل العمل. يمكنك التقديم برقم ITIN.',
        eligibility: 'الأسر التي يصل دخلها إلى نحو 67,000 دولار في السنة، برقم ضمان اجتماعي أو ITIN.',
        howToApply: [
          'تعال دون موعد أو احجز موعدًا خلال موسم الضرائب (من أواخر يناير إلى أبريل).',
          'أحضر المستندات المذكورة في القائمة.',
          'يصل المبلغ المسترد إلى حسابك البنكي مباشرة أو بشيك.',
        ],
      },
      fr: {
        name: "Aide gratuite pour la déclaration d'impôts (VITA)",
        summary: "Des bénévoles certifiés par l'IRS préparent et envoient votre déclaration gratuitement.",
        description:
          "Si votre foyer gagne environ 67 000 $ par an ou moins, des bénévoles font vos déclarations fédérale et d'État et vous aident à obtenir tous les crédits auxquels vous avez droit, comme le crédit d'impôt sur les revenus du travail (EITC). Vous pouvez déclarer avec un ITIN.",
        eligibility: "Foyers dont les revenus vont jusqu'à environ 67 000 $ par an, avec un numéro de sécurité sociale ou un ITIN.",
        howToApply: [
          "Venez sans rendez-vous ou prenez rendez-vous pendant la saison des impôts (fin janvier à avril).",
          'Apportez les documents de la liste.',
          'Votre remboursement arrive sur votre compte bancaire ou par chèque.',
        ],
      },
      ht: {
        name: 'Èd gratis pou deklare taks (VITA)',
        summary: 'Volontè ki sètifye pa IRS prepare epi depoze taks ou gratis.',
        description:
          'Si fanmi ou touche anviwon $67,000 pa ane oswa mwens, volontè yo depoze taks federal ak taks leta ou epi yo ede ou jwenn tout kredi ou gen dwa, tankou Kredi Taks sou Revni Travay (EITC). Ou ka deklare ak yon ITIN.',
        eligibility: 'Fanmi ki gen revni jiska anviwon $67,000 pa ane, ak yon nimewo Sekirite Sosyal oswa yon ITIN.',
        howToApply: [
          'Vini san randevou oswa pran randevou pandan sezon taks (fen janvye rive avril).',
          'Pote dokiman ki sou lis la.',
          'Ranbousman ou ale dirèkteman nan kont bank ou oswa li vini an chèk.',
        ],
      },
      pt: {
        name: 'Ajuda gratuita com a declaração de impostos (VITA)',
        summary: 'Voluntários certificados pelo IRS preparam e enviam sua declaração de graça.',
        description:
          'Se sua família ganha cerca de US$ 67.000 por ano ou menos, os voluntários fazem suas declarações federal e estadual e ajudam você a receber todos os créditos a que tem direito, como o Crédito de Imposto sobre o Rendimento do Trabalho (EITC). Você pode declarar com ITIN.',
        eligibility: 'Famílias com renda de até cerca de US$ 67.000 por ano, com número de Seguro Social ou ITIN.',
        howToApply: [
          'Venha sem hora marcada ou agende durante a temporada de impostos (do fim de janeiro a abril).',
          'Traga os documentos da lista.',
          'Sua restituição cai direto na sua conta ou chega em cheque.',
        ],
      },
      'zh-Hans': {
        name: '免费报税帮助（VITA）',
        summary: '经 IRS 认证的志愿者免费为您准备并递交报税表。',
        description: '如果您家庭年收入约 67,000 美元或以下，志愿者会为您申报联邦税和州税，并帮助您获得所有符合条件的抵税额，例如劳动所得税抵免（EITC）。持 ITIN 也可以报税。',
        eligibility: '年收入约 67,000 美元以下、持有社会安全号或 ITIN 的家庭。',
        howToApply: ['报税季（1 月下旬至 4 月）直接前来或预约。', '带上清单上的文件。', '退税会直接存入您的银行账户或以支票寄出。'],
      },
      'fa-AF': {
        name: 'کمک رایگان برای ثبت مالیات (VITA)',
        summary: 'رضاکاران تصدیق‌شده از طرف IRS مالیات شما را رایگان آماده و ثبت می‌کنند.',
        description:
          'اگر درآمد خانواده شما در سال حدود ۶۷٬۰۰۰ دالر یا کمتر است، رضاکاران مالیات فدرال و ایالتی شما را ثبت می‌کنند و کمک می‌کنند همه کریدیت‌هایی را که حق دارید بگیرید، مانند کریدیت مالیاتی درآمد کار (EITC). با ITIN هم می‌توانید مالیات ثبت کنید.',
        eligibility: 'خانواده‌هایی با درآمد تا حدود ۶۷٬۰۰۰ دالر در سال، با نمبر تأمین اجتماعی یا ITIN.',
        howToApply: [
          'در فصل مالیات (آخر جنوری تا اپریل) بدون وقت قبلی بیایید یا وقت بگیرید.',
          'اسناد داخل فهرست را بیاورید.',
          'پول بازگشتی مستقیم به حساب بانکی شما می‌رود یا به شکل چک می‌آید.',
        ],
      },
    },
  },
  {
    slug: 'itin-application-help',
    primary: 'money-taxes-benefits',
    documents: ['passport', 'taxForms', 'householdInfo'],
    fee: 'free',
    hours: 'office',
    traits: {
      isFree: true,
      acceptsWalkIns: false,
      appointmentNeeded: true,
      interpreterAvailable: true,
      offeredOnline: false,
      offeredByPhone: false,
      ids: ['foreign_passport', 'consular_id'],
      safety: 'welcoming',
    },
    instances: [{ org: 'riverton-financial-empowerment-center' }, { org: 'casa-latina-riverton' }],
    text: {
      en: {
        name: 'ITIN application help',
        summary: 'Get an Individual Taxpayer Identification Number (ITIN) to file taxes without a Social Security number.',
        description:
          'A Certifying Acceptance Agent checks your passport here, so you do not have to mail it to the IRS. We fill in Form W-7 together with your tax return. An ITIN does not give permission to work.',
        eligibility: 'People who must file U.S. taxes and cannot get a Social Security number, and their spouses and children.',
        howToApply: [
          'Call for an appointment.',
          'Bring your passport and the other documents on the list.',
          'Your ITIN arrives by mail in about 7 to 11 weeks.',
        ],
      },
      es: {
        name: 'Ayuda para solicitar el ITIN',
        summary: 'Obtenga un Número de Identificación Personal del Contribuyente (ITIN) para declarar impuestos sin número de Seguro Social.',
        description:
          'Un Agente Certificador revisa su pasaporte aquí, así no tiene que enviarlo por correo al IRS. Llenamos el formulario W-7 junto con su declaración de impuestos. El ITIN no da permiso para trabajar.',
        eligibility: 'Personas que deben declarar impuestos en EE. UU. y no pueden obtener un número de Seguro Social, y sus cónyuges e hijos.',
        howToApply: [
          'Llame para hacer una cita.',
          'Traiga su pasaporte y los otros documentos de la lista.',
          'Su ITIN llega por correo en unas 7 a 11 semanas.',
        ],
      },
      ar: {
        name: 'المساعدة في طلب رقم ITIN',
        summary: 'احصل على رقم تعريف دافع الضرائب الفردي (ITIN) لتقديم الضرائب دون رقم ضمان اجتماعي.',
        description:
          'يتحقق وكيل قبول معتمد من جواز سفرك هنا، فلا تحتاج إلى إرساله بالبريد إلى مصلحة الضرائب. نملأ النموذج W-7 مع إقرارك الضريبي. رقم ITIN لا يمنح تصريحًا بالعمل.',
        eligibility: 'من يجب عليهم تقديم الضرائب في الولايات المتحدة ولا يمكنهم الحصول على رقم ضمان اجتماعي، وأزواجهم وأطفالهم.',
        howToApply: [
          'اتصل لحجز موعد.',
          'أحضر جواز سفرك والمستندات الأخرى المذكورة في القائمة.',
          'يصلك رقم ITIN بالبريد خلال 7 إلى 11 أسبوعًا تقريبًا.',
        ],
      },
      fr: {
        name: "Aide pour demander un ITIN",
        summary: "Obtenez un numéro d'identification fiscale individuel (ITIN) pour déclarer vos impôts sans numéro de sécurité sociale.",
        description:
          "Un agent certificateur vérifie votre passeport sur place : vous n'avez pas à l'envoyer par la poste à l'IRS. Nous remplissons le formulaire W-7 avec votre déclaration d'impôts. Un ITIN ne donne pas le droit de travailler.",
        eligibility: "Les personnes qui doivent déclarer des impôts aux États-Unis sans pouvoir obtenir de numéro de sécurité sociale, ainsi que leur conjoint et leurs enfants.",
        howToApply: [
          'Appelez pour un rendez-vous.',
          'Apportez votre passeport et les autres documents de la liste.',
          'Votre ITIN arrive par la poste en 7 à 11 semaines environ.',
        ],
      },
      ht: {
        name: 'Èd pou aplike pou ITIN',
        summary: 'Jwenn yon Nimewo Idantifikasyon Kontribyab Endividyèl (ITIN) pou deklare taks san nimewo Sekirite Sosyal.',
        description:
          'Yon Ajan Akseptasyon Sètifye verifye paspò ou isit la, kidonk ou pa bezwen voye l bay IRS pa lapòs. Nou ranpli fòm W-7 la ansanm ak deklarasyon taks ou. Yon ITIN pa ba ou otorizasyon pou travay.',
        eligibility: 'Moun ki dwe deklare taks Ozetazini epi ki pa ka jwenn nimewo Sekirite Sosyal, ak mari oswa madanm yo ak pitit yo.',
        howToApply: [
          'Rele pou yon randevou.',
          'Pote paspò ou ak lòt dokiman ki sou lis la.',
          'ITIN ou ap rive pa lapòs nan anviwon 7 a 11 semèn.',
        ],
      },
      pt: {
        name: 'Ajuda para pedir o ITIN',
        summary: 'Tire um Número de Identificação Individual de Contribuinte (ITIN) para declarar impostos sem número de Seguro Social.',
        description:
          'Um Agente Certificador confere seu passaporte aqui, então você não precisa enviá-lo pelo correio ao IRS. Preenchemos o formulário W-7 junto com sua declaração de impostos. O ITIN não dá autorização de trabalho.',
        eligibility: 'Pessoas que precisam declarar impostos nos EUA e não podem tirar número de Seguro Social, e seus cônjuges e filhos.',
        howToApply: [
          'Ligue para marcar um horário.',
          'Traga seu passaporte e os outros documentos da lista.',
          'Seu ITIN chega pelo correio em cerca de 7 a 11 semanas.',
        ],
      },
      'zh-Hans': {
        name: 'ITIN 申请帮助',
        summary: '申请个人纳税人识别号（ITIN），没有社会安全号也能报税。',
        description: '认证受理代理人在这里核验您的护照，您不必把护照寄给 IRS。我们会把 W-7 表和您的报税表一起填写。ITIN 不代表获得工作许可。',
        eligibility: '必须在美国报税但无法获得社会安全号的人，及其配偶和子女。',
        howToApply: ['打电话预约。', '带上护照和清单上的其他文件。', 'ITIN 大约 7 到 11 周后邮寄到您手中。'],
      },
      'fa-AF': {
        name: 'کمک برای درخواست ITIN',
        summary: 'یک نمبر شناسایی انفرادی مالیه‌دهنده (ITIN) بگیرید تا بدون نمبر تأمین اجتماعی مالیات ثبت کنید.',
        description:
          'یک نماینده پذیرش تصدیق‌شده پاسپورت شما را همین‌جا بررسی می‌کند، پس لازم نیست آن را با پست به IRS بفرستید. ما فورم W-7 را همراه اظهارنامه مالیاتی شما پر می‌کنیم. ITIN اجازه کار نمی‌دهد.',
        eligibility: 'کسانی که باید در امریکا مالیات ثبت کنند و نمی‌توانند نمبر تأمین اجتماعی بگیرند، و همسر و اطفال آن‌ها.',
        howToApply: [
          'برای وقت ملاقات زنگ بزنید.',
          'پاسپورت و اسناد دیگر داخل فهرست را بیاورید.',
          'ITIN شما حدود ۷ تا ۱۱ هفته بعد با پست می‌رسد.',
        ],
      },
    },
  },
  {
    slug: 'benefits-check',
    primary: 'money-taxes-benefits',
    documents: ['proofOfIncome', 'householdInfo'],
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
    instances: [{ org: 'riverton-financial-empowerment-center' }, { org: 'konbit-haitian-community-center' }],
    text: {
      en: {
        name: 'Check which benefits you can get',
        summary: 'In one meeting, find out which public benefits and discounts your family can get.',
        description:
          'A counselor checks your family for food, health, energy, phone and child care programs, and tells you which ones could affect an immigration case (most do not). Then we help you apply.',
        eligibility: 'Anyone living in Riverton. Each program has its own rules about income and immigration status.',
        howToApply: ['Call or walk in.', "Bring what you know about your household's income.", 'Leave with a list of programs and next steps.'],
      },
      es: {
        name: 'Averigüe qué beneficios puede recibir',
        summary: 'En una sola cita, averigüe qué beneficios públicos y descuentos puede recibir su familia.',
        description:
          'Un consejero revisa si su familia califica para programas de comida, salud, energía, teléfono y cuidado de niños, y le dice cuáles podrían afectar un caso de inmigración (la mayoría no). Después le ayudamos a solicitarlos.',
        eligibility: 'Cualquier persona que viva en Riverton. Cada programa tiene sus propias reglas sobre ingresos y estatus migratorio.',
        howToApply: ['Llame o venga sin cita.', 'Traiga lo que sepa sobre los ingresos de su hogar.', 'Salga con una lista de programas y los próximos pasos.'],
      },
      ar: {
        name: 'اعرف المساعدات التي يحق لك الحصول عليها',
        summary: 'في لقاء واحد، اعرف المساعدات العامة والتخفيضات التي يمكن لعائلتك الحصول عليها.',
        description:
          'يتحقق مستشار من أهلية عائلتك لبرامج الطعام والصحة والطاقة والهاتف ورعاية الأطفال، ويخبرك أيها قد يؤثر على قضية هجرة (أغلبها لا يؤثر). ثم نساعدك في التقديم.',
        eligibility: 'أي شخص يعيش في ريفرتون. لكل برنامج قواعده الخاصة بالدخل ووضع الهجرة.',
        howToApply: ['اتصل أو تعال دون موعد.', 'أحضر ما تعرفه عن دخل أسرتك.', 'تخرج بقائمة من البرامج والخطوات التالية.'],
      },
      fr: {
        name: 'Savoir à quelles aides vous avez droit',
        summary: 'En un seul rendez-vous, découvrez les aides publiques et les réductions auxquelles votre famille a droit.',
        description:
          "Un conseiller vérifie les programmes d'alimentation, de santé, d'énergie, de téléphone et de garde d'enfants pour votre famille, et vous dit lesquels pourraient toucher un dossier d'immigration (la plupart, non). Ensuite, nous vous aidons à faire les demandes.",
        eligibility: "Toute personne qui vit à Riverton. Chaque programme a ses propres règles de revenus et de statut d'immigration.",
        howToApply: ['Appelez ou venez sans rendez-vous.', 'Apportez ce que vous savez sur les revenus de votre foyer.', 'Repartez avec une liste de programmes et les prochaines étapes.'],
      },
      ht: {
        name: 'Konnen ki benefis ou ka jwenn',
        summary: 'Nan yon sèl randevou, konnen ki benefis piblik ak rabè fanmi ou ka jwenn.',
        description:
          'Yon konseye verifye si fanmi ou kalifye pou pwogram manje, sante, enèji, telefòn ak gadri, epi li di ou kilès ki ta ka afekte yon ka imigrasyon (pifò pa afekte anyen). Apre sa, nou ede ou aplike.',
        eligibility: 'Nenpòt moun ki rete Riverton. Chak pwogram gen pwòp règ li sou revni ak estati imigrasyon.',
        howToApply: ['Rele oswa vini san randevou.', 'Pote sa ou konnen sou revni moun lakay ou.', 'Ou pral soti ak yon lis pwogram ak pwochen etap yo.'],
      },
      pt: {
        name: 'Descubra quais benefícios você pode receber',
        summary: 'Numa só conversa, descubra quais benefícios públicos e descontos sua família pode receber.',
        description:
          'Um orientador verifica se sua família tem direito a programas de alimentação, saúde, energia, telefone e creche, e diz quais poderiam afetar um processo de imigração (a maioria não afeta). Depois ajudamos você a fazer os pedidos.',
        eligibility: 'Qualquer pessoa que more em Riverton. Cada programa tem suas próprias regras de renda e situação imigratória.',
        howToApply: ['Ligue ou venha sem hora marcada.', 'Traga o que souber sobre a renda da sua casa.', 'Saia com uma lista de programas e os próximos passos.'],
      },
      'zh-Hans': {
        name: '了解您可以获得哪些福利',
        summary: '一次面谈，了解您的家庭可以获得哪些公共福利和优惠。',
        description: '顾问会为您的家庭核查食品、医疗、能源、电话和托儿等项目，并告诉您哪些可能影响移民案件（大多数不会）。然后我们帮助您申请。',
        eligibility: '任何居住在 Riverton 的人。每个项目对收入和移民身份都有各自的规定。',
        howToApply: ['打电话或直接前来。', '带上您了解的家庭收入信息。', '离开时您会拿到一份项目清单和下一步安排。'],
      },
      'fa-AF': {
        name: 'بدانید کدام کمک‌ها را می‌توانید بگیرید',
        summary: 'در یک ملاقات بدانید خانواده شما کدام کمک‌های عامه و تخفیف‌ها را می‌تواند بگیرد.',
        description:
          'یک مشاور خانواده شما را برای برنامه‌های غذا، صحت، انرژی، تلیفون و نگهداری اطفال بررسی می‌کند و می‌گوید کدام‌ها ممکن است بر قضیه مهاجرتی اثر کند (بیشتر آن‌ها اثر نمی‌کنند). بعد در درخواست کمک می‌کنیم.',
        eligibility: 'هر کسی که در ریورتون زندگی می‌کند. هر برنامه قواعد خود را در مورد درآمد و وضعیت مهاجرتی دارد.',
        howToApply: ['زنگ بزنید یا بدون وقت قبلی بیایید.', 'هر چه در مورد درآمد خانواده خود می‌دانید بیاورید.', 'با یک فهرست برنامه‌ها و قدم‌های بعدی بروید.'],
      },
    },
  },
  {
    slug: 'start-or-grow-a-small-business',
    primary: 'business',
    documents: ['businessIdea', 'photoId'],
    fee: 'free',
    hours: 'office',
    traits: {
      isFree: true,
      acceptsWalkIns: false,
      appointmentNeeded: true,
      interpreterAvailable: false,
      offeredOnline: true,
      offeredByPhone: true,
      ids: ['none_needed'],
      safety: 'welcoming',
    },
    instances: [
      { org: 'riverton-small-business-center' },
      { org: 'casa-latina-riverton' },
      { org: 'riverton-chinese-community-center' },
    ],
    text: {
      en: {
        name: 'Start or grow a small business',
        summary: 'Free one-on-one advice to turn your idea into a business.',
        description:
          'An advisor helps you write a simple business plan, choose a business type, open a business bank account and find small loans. You can start a business with an ITIN. Workshops are offered in several languages.',
        eligibility: 'Anyone who wants to start or grow a business in the Riverton area.',
        howToApply: [
          'Call or fill in our online form to ask for an advisor.',
          'Bring your idea and any numbers you have.',
          'Meet with your advisor every month.',
        ],
      },
      es: {
        name: 'Abra o haga crecer su pequeño negocio',
        summary: 'Asesoría individual gratis para convertir su idea en un negocio.',
        description:
          'Un asesor le ayuda a escribir un plan de negocio sencillo, elegir el tipo de empresa, abrir una cuenta bancaria del negocio y encontrar préstamos pequeños. Puede abrir un negocio con un ITIN. Hay talleres en varios idiomas.',
        eligibility: 'Cualquier persona que quiera abrir o hacer crecer un negocio en la zona de Riverton.',
        howToApply: [
          'Llame o llene nuestro formulario en línea para pedir un asesor.',
          'Traiga su idea y los números que tenga.',
          'Reúnase con su asesor cada mes.',
        ],
      },
      ar: {
        name: 'ابدأ مشروعًا صغيرًا أو وسّعه',
        summary: 'استشارة فردية مجانية لتحويل فكرتك إلى مشروع.',
        description:
          'يساعدك مستشار في كتابة خطة عمل بسيطة، واختيار نوع الشركة، وفتح حساب بنكي للمشروع، وإيجاد قروض صغيرة. يمكنك بدء مشروع برقم ITIN. تُقدَّم ورش العمل بعدة لغات.',
        eligibility: 'كل من يريد بدء مشروع أو توسيعه في منطقة ريفرتون.',
        howToApply: [
          'اتصل أو املأ النموذج على موقعنا لطلب مستشار.',
          'أحضر فكرتك وأي أرقام لديك.',
          'قابل مستشارك كل شهر.',
        ],
      },
      fr: {
        name: 'Créer ou développer une petite entreprise',
        summary: 'Des conseils individuels gratuits pour transformer votre idée en entreprise.',
        description:
          "Un conseiller vous aide à écrire un plan d'affaires simple, à choisir le type d'entreprise, à ouvrir un compte bancaire professionnel et à trouver des petits prêts. Vous pouvez créer une entreprise avec un ITIN. Des ateliers ont lieu en plusieurs langues.",
        eligibility: 'Toute personne qui veut créer ou développer une entreprise dans la région de Riverton.',
        howToApply: [
          'Appelez ou remplissez notre formulaire en ligne pour demander un conseiller.',
          'Venez avec votre idée et les chiffres que vous avez.',
          'Rencontrez votre conseiller chaque mois.',
        ],
      },
      ht: {
        name: 'Kòmanse oswa grandi yon ti biznis',
        summary: 'Konsèy gratis yon sou yon pou fè lide ou tounen yon biznis.',
        description:
          'Yon konseye ede ou ekri yon plan biznis senp, chwazi ki kalite biznis, louvri yon kont bank pou biznis la epi jwenn ti prè. Ou ka louvri yon biznis ak yon ITIN. Gen atelye nan plizyè lang.',
        eligibility: 'Nenpòt moun ki vle kòmanse oswa grandi yon biznis nan zòn Riverton.',
        howToApply: [
          'Rele oswa ranpli fòm nou an sou entènèt pou mande yon konseye.',
          'Pote lide ou ak nenpòt chif ou genyen.',
          'Rankontre konseye ou chak mwa.',
        ],
      },
      pt: {
        name: 'Abra ou faça crescer seu pequeno negócio',
        summary: 'Orientação individual gratuita para transformar sua ideia num negócio.',
        description:
          'Um consultor ajuda você a escrever um plano de negócios simples, escolher o tipo de empresa, abrir uma conta bancária para o negócio e encontrar pequenos empréstimos. Você pode abrir um negócio com ITIN. Há oficinas em vários idiomas.',
        eligibility: 'Qualquer pessoa que queira abrir ou expandir um negócio na região de Riverton.',
        howToApply: [
          'Ligue ou preencha nosso formulário online para pedir um consultor.',
          'Traga sua ideia e os números que tiver.',
          'Encontre-se com seu consultor todo mês.',
        ],
      },
      'zh-Hans': {
        name: '创办或发展小企业',
        summary: '免费一对一咨询，把您的想法变成生意。',
        description: '顾问帮助您写一份简单的商业计划、选择企业类型、开设企业银行账户，并寻找小额贷款。持 ITIN 也可以创业。讲座有多种语言。',
        eligibility: '任何想在 Riverton 地区创业或扩大生意的人。',
        howToApply: ['打电话或填写网上表格，申请一位顾问。', '带上您的想法和已有的数字资料。', '每月与顾问见面。'],
      },
      'fa-AF': {
        name: 'شروع یا رشد یک کسب‌وکار کوچک',
        summary: 'مشوره رایگان و انفرادی برای تبدیل ایده شما به یک کسب‌وکار.',
        description:
          'یک مشاور کمک می‌کند یک پلان تجارتی ساده بنویسید، نوع شرکت را انتخاب کنید، حساب بانکی تجارتی باز کنید و قرضه‌های کوچک پیدا کنید. با ITIN هم می‌توانید کسب‌وکار شروع کنید. ورکشاپ‌ها به چند زبان برگزار می‌شوند.',
        eligibility: 'هر کسی که می‌خواهد در منطقه ریورتون کسب‌وکار شروع یا بزرگ کند.',
        howToApply: [
          'زنگ بزنید یا فورم آنلاین ما را پر کنید تا یک مشاور بخواهید.',
          'ایده خود و هر رقمی که دارید بیاورید.',
          'هر ماه با مشاور خود ملاقات کنید.',
        ],
      },
    },
  },
  {
    slug: 'business-license-and-permit-help',
    primary: 'business',
    documents: ['photoId', 'proofOfAddress'],
    fee: 'free',
    hours: 'office',
    traits: {
      isFree: true,
      acceptsWalkIns: true,
      appointmentNeeded: false,
      interpreterAvailable: true,
      offeredOnline: false,
      offeredByPhone: true,
      ids: ['any_photo_id', 'foreign_passport', 'municipal_id', 'itin_letter'],
      safety: 'government',
    },
    instances: [{ org: 'riverton-small-business-center' }, { org: 'riverton-office-of-immigrant-affairs', hours: 'split' }],
    text: {
      en: {
        name: 'Business license and permit help',
        summary: 'Find out which licenses and permits your business needs, and apply.',
        description:
          'Food trucks, home child care, hair salons, cleaning companies and restaurants each need different permits. We give you a checklist, help you fill in city and state forms and explain business taxes.',
        eligibility: 'Business owners and people starting a business in Riverton.',
        howToApply: ['Walk in or call for an appointment.', 'Tell us what kind of business you have.', 'Leave with a checklist and the forms you need.'],
      },
      es: {
        name: 'Ayuda con licencias y permisos de negocio',
        summary: 'Averigüe qué licencias y permisos necesita su negocio, y solicítelos.',
        description:
          'Los camiones de comida, el cuidado de niños en casa, las peluquerías, las empresas de limpieza y los restaurantes necesitan permisos distintos. Le damos una lista, le ayudamos a llenar los formularios de la ciudad y del estado y le explicamos los impuestos del negocio.',
        eligibility: 'Dueños de negocios y personas que abren un negocio en Riverton.',
        howToApply: ['Venga sin cita o llame para hacer una cita.', 'Díganos qué tipo de negocio tiene.', 'Salga con una lista y los formularios que necesita.'],
      },
      ar: {
        name: 'المساعدة في تراخيص وتصاريح الأعمال',
        summary: 'اعرف التراخيص والتصاريح التي يحتاجها مشروعك، وقدّم عليها.',
        description:
          'تحتاج شاحنات الطعام ورعاية الأطفال في البيت وصالونات الشعر وشركات التنظيف والمطاعم إلى تصاريح مختلفة. نعطيك قائمة، ونساعدك في ملء نماذج المدينة والولاية، ونشرح ضرائب الأعمال.',
        eligibility: 'أصحاب المشاريع ومن يبدؤون مشروعًا في ريفرتون.',
        howToApply: ['تعال دون موعد أو اتصل لحجز موعد.', 'أخبرنا بنوع مشروعك.', 'تخرج بقائمة والنماذج التي تحتاجها.'],
      },
      fr: {
        name: 'Aide pour les licences et permis d’entreprise',
        summary: 'Découvrez les licences et permis nécessaires à votre entreprise, et faites les demandes.',
        description:
          "Camions-restaurants, garde d'enfants à domicile, salons de coiffure, entreprises de nettoyage et restaurants ont chacun besoin de permis différents. Nous vous donnons une liste, vous aidons à remplir les formulaires de la ville et de l'État et vous expliquons les impôts des entreprises.",
        eligibility: "Propriétaires d'entreprise et personnes qui créent une entreprise à Riverton.",
        howToApply: ['Venez sans rendez-vous ou appelez pour un rendez-vous.', "Dites-nous quel type d'entreprise vous avez.", 'Repartez avec une liste et les formulaires nécessaires.'],
      },
      // Haitian Creole: summary and description not translated yet.
      ht: {
        name: 'Èd pou lisans ak pèmi biznis',
        eligibility: 'Mèt biznis ak moun k ap louvri yon biznis nan Riverton.',
        howToApply: ['Vini san randevou oswa rele pou yon randevou.', 'Di nou ki kalite biznis ou genyen.', 'Ou pral soti ak yon lis ak fòm ou bezwen yo.'],
      },
      pt: {
        name: 'Ajuda com licenças e alvarás para negócios',
        summary: 'Descubra quais licenças e alvarás seu negócio precisa, e faça os pedidos.',
        description:
          'Food trucks, creches em casa, salões de beleza, empresas de limpeza e restaurantes precisam de alvarás diferentes. Damos uma lista, ajudamos a preencher os formulários da cidade e do estado e explicamos os impostos do negócio.',
        eligibility: 'Donos de negócios e pessoas que estão abrindo um negócio em Riverton.',
        howToApply: ['Venha sem hora marcada ou ligue para agendar.', 'Diga que tipo de negócio você tem.', 'Saia com uma lista e os formulários de que precisa.'],
      },
      'zh-Hans': {
        name: '营业执照和许可证帮助',
        summary: '了解您的生意需要哪些执照和许可证，并提出申请。',
        description: '餐车、家庭托儿、美发店、清洁公司和餐馆各自需要不同的许可证。我们给您一份清单，帮您填写市和州的表格，并讲解企业税务。',
        eligibility: '在 Riverton 经营或准备开办生意的人。',
        howToApply: ['直接前来或打电话预约。', '告诉我们您经营什么类型的生意。', '离开时带走清单和所需表格。'],
      },
      // Dari: description not translated yet.
      'fa-AF': {
        name: 'کمک برای جواز و مجوز کسب‌وکار',
        summary: 'بدانید کسب‌وکار شما کدام جوازها و مجوزها را لازم دارد، و درخواست بدهید.',
        eligibility: 'صاحبان کسب‌وکار و کسانی که در ریورتون کسب‌وکار شروع می‌کنند.',
        howToApply: ['بدون وقت قبلی بیایید یا برای وقت ملاقات زنگ بزنید.', 'بگویید چه نوع کسب‌وکار دارید.', 'با یک فهرست و فورم‌های لازم بروید.'],
      },
    },
  },
];

import type { GuideSeed } from './guides-types';

export const healthCare: GuideSeed = {
  slug: 'health-care-without-insurance',
  categorySlug: 'health',
  sortOrder: 60,
  verifiedDaysAgo: 8,
  en: {
    title: 'Getting health care without insurance',
    summary: 'Where to get low-cost care if you have no health insurance, and your right to emergency care.',
    body: `You can get health care in the United States even if you have no insurance, whatever your immigration status.

## Community health centers
Community health centers offer check-ups, vaccines, care during pregnancy, dental care and mental health care. They:
- see patients with or without insurance,
- charge on a sliding scale, which means you pay less if your income is low,
- often have interpreters or staff who speak your language.

Bring proof of income if you have it, such as pay stubs. If you have none, ask what else they accept.

## Free clinics
Some clinics run by volunteers are completely free. Their hours can be short, so call before you go.

## In an emergency
For chest pain, trouble breathing, a serious injury or labor, go to a hospital emergency room or call 911.
- A federal law (EMTALA) says that hospital emergency rooms must examine anyone who comes in and treat an emergency until the person is stable, whether or not they can pay and whatever their immigration status.
- You will get a bill later. Ask the hospital about financial assistance (sometimes called "charity care") before you pay. Nonprofit hospitals must have a financial assistance program.
- Emergency Medicaid can pay for emergency care, including giving birth, for people who cannot get regular Medicaid because of their immigration status. The hospital can help you apply.

## Insurance you may be able to get
- Children and pregnant people can get free or low-cost coverage in some states, in some cases whatever their immigration status.
- Many immigrants with lawful status can buy insurance through the health insurance marketplace and get help paying for it.
- Ask a health center's enrollment helper what you can get. This help is free.

## Public charge
Many families are afraid that using health care will hurt their immigration case. Under the rule in effect when this guide was checked, emergency care, community health centers, vaccines and most Medicaid are not counted in the "public charge" test. Rules can change, so ask a legal help organization about your own situation before you decide to go without care.

## Good to know
- Hospitals and clinics that receive federal money must give you a free interpreter. Do not ask your children to interpret.
- In a mental health crisis, call or text 988.`,
  },
  translations: {
    es: {
      title: 'Cómo recibir atención médica sin seguro',
      summary: 'Dónde recibir atención médica de bajo costo si no tiene seguro, y su derecho a recibir atención de emergencia.',
      body: `En Estados Unidos puede recibir atención médica aunque no tenga seguro, sin importar su estatus migratorio.

## Centros de salud comunitarios
Los centros de salud comunitarios ofrecen chequeos, vacunas, control del embarazo, dentista y atención de salud mental. Estos centros:
- atienden a pacientes con seguro o sin seguro,
- cobran según una escala móvil, es decir, usted paga menos si gana poco,
- muchas veces tienen intérpretes o personal que habla su idioma.

Lleve comprobantes de ingresos si los tiene, como talones de pago. Si no tiene, pregunte qué otros documentos aceptan.

## Clínicas gratuitas
Algunas clínicas atendidas por voluntarios son completamente gratis. Su horario puede ser corto, así que llame antes de ir.

## En una emergencia
Si tiene dolor en el pecho, dificultad para respirar, una herida grave o está de parto, vaya a la sala de emergencias de un hospital o llame al 911.
- Una ley federal (EMTALA) dice que las salas de emergencias de los hospitales deben examinar a cualquier persona que llegue y tratar la emergencia hasta que la persona esté estable, pueda pagar o no, y sin importar su estatus migratorio.
- Después le llegará una factura. Antes de pagar, pregunte en el hospital por la ayuda financiera (a veces llamada "atención de caridad"). Los hospitales sin fines de lucro deben tener un programa de ayuda financiera.
- El Medicaid de emergencia puede pagar la atención de emergencia, incluido el parto, de personas que no pueden recibir Medicaid normal por su estatus migratorio. El hospital le puede ayudar a solicitarlo.

## Seguros que quizás pueda obtener
- En algunos estados, los niños y las personas embarazadas pueden tener cobertura gratis o de bajo costo, en algunos casos sin importar su estatus migratorio.
- Muchos inmigrantes con estatus legal pueden comprar un seguro en el mercado de seguros médicos y recibir ayuda para pagarlo.
- Pregunte a la persona que ayuda con las inscripciones en un centro de salud qué puede obtener. Esta ayuda es gratis.

## Carga pública
Muchas familias temen que usar servicios de salud perjudique su caso de inmigración. Según la regla vigente cuando se revisó esta guía, la atención de emergencia, los centros de salud comunitarios, las vacunas y la mayor parte de Medicaid no cuentan en la prueba de "carga pública". Las reglas pueden cambiar, así que consulte a una organización de ayuda legal sobre su caso antes de decidir no buscar atención médica.

## Es bueno saber
- Los hospitales y clínicas que reciben dinero federal deben darle un intérprete gratis. No les pida a sus hijos que interpreten.
- En una crisis de salud mental, llame o mande un mensaje de texto al 988.`,
    },
    ar: {
      title: 'الحصول على الرعاية الصحية بدون تأمين',
      summary: 'أين تحصل على رعاية صحية منخفضة التكلفة إذا لم يكن عندك تأمين صحي، وحقك في رعاية الطوارئ.',
      body: `تستطيع أن تحصل على رعاية صحية في الولايات المتحدة حتى لو لم يكن عندك تأمين، مهما كان وضعك في الهجرة.

## مراكز الصحة المجتمعية
تقدّم مراكز الصحة المجتمعية الفحوصات والتطعيمات والرعاية أثناء الحمل وعلاج الأسنان ورعاية الصحة النفسية. هذه المراكز:
- تستقبل المرضى سواء كان عندهم تأمين أم لا،
- تحسب السعر حسب الدخل، أي أنك تدفع أقل إذا كان دخلك منخفضاً،
- غالباً فيها مترجمون أو موظفون يتكلمون لغتك.

أحضر إثبات الدخل إن وُجد، مثل قسائم الراتب. إذا لم يكن عندك، اسأل ماذا يقبلون بدلاً منه.

## العيادات المجانية
بعض العيادات التي يديرها متطوعون مجانية بالكامل. قد تكون ساعات عملها قصيرة، فاتصل قبل أن تذهب.

## في حالة الطوارئ
إذا كان عندك ألم في الصدر أو صعوبة في التنفس أو إصابة خطيرة أو مخاض الولادة، اذهب إلى قسم الطوارئ في المستشفى أو اتصل بـ 911.
- ينص قانون فيدرالي (EMTALA) على أن أقسام الطوارئ في المستشفيات يجب أن تفحص كل من يأتي إليها وتعالج حالته الطارئة حتى تستقر، سواء استطاع الدفع أم لا، ومهما كان وضعه في الهجرة.
- ستصلك فاتورة لاحقاً. اسأل المستشفى عن المساعدة المالية (تسمى أحياناً "الرعاية الخيرية") قبل أن تدفع. يجب أن يكون عند المستشفيات غير الربحية برنامج للمساعدة المالية.
- يمكن لبرنامج ميديكيد للطوارئ أن يدفع تكاليف رعاية الطوارئ، بما فيها الولادة، للأشخاص الذين لا يستطيعون الحصول على ميديكيد العادي بسبب وضعهم في الهجرة. يستطيع المستشفى أن يساعدك في التقديم.

## تأمين قد تستطيع الحصول عليه
- في بعض الولايات، يستطيع الأطفال والحوامل الحصول على تغطية مجانية أو منخفضة التكلفة، وفي بعض الحالات مهما كان وضعهم في الهجرة.
- كثير من المهاجرين الذين لهم إقامة قانونية يستطيعون شراء تأمين من سوق التأمين الصحي والحصول على مساعدة في دفعه.
- اسأل الموظف المسؤول عن التسجيل في مركز الصحة عمّا تستطيع الحصول عليه. هذه المساعدة مجانية.

## "العبء العام"
تخاف عائلات كثيرة من أن يضرّ استخدام الرعاية الصحية بقضية الهجرة الخاصة بها. حسب القاعدة المعمول بها وقت مراجعة هذا الدليل، لا تُحسب رعاية الطوارئ ومراكز الصحة المجتمعية والتطعيمات ومعظم خدمات ميديكيد في اختبار "العبء العام". قد تتغيّر القواعد، لذلك اسأل منظمة مساعدة قانونية عن وضعك قبل أن تقرّر الاستغناء عن العلاج.

## من المفيد أن تعرف
- يجب على المستشفيات والعيادات التي تحصل على أموال فيدرالية أن توفّر لك مترجماً مجانياً. لا تطلب من أطفالك أن يترجموا لك.
- في أزمة نفسية، اتصل أو أرسل رسالة نصية إلى 988.`,
    },
    fr: {
      title: 'Se soigner sans assurance maladie',
      summary: "Où trouver des soins à bas prix si vous n'avez pas d'assurance maladie, et votre droit aux soins d'urgence.",
      body: `Aux États-Unis, vous pouvez vous faire soigner même sans assurance, quel que soit votre statut d'immigration.

## Centres de santé communautaires
Les centres de santé communautaires proposent des bilans de santé, des vaccins, le suivi de grossesse, des soins dentaires et des soins en santé mentale. Ils :
- reçoivent les patients avec ou sans assurance,
- font payer selon un barème dégressif : vous payez moins si vos revenus sont faibles,
- ont souvent des interprètes ou du personnel qui parle votre langue.

Apportez une preuve de revenus si vous en avez, comme des fiches de paie. Sinon, demandez ce qu'ils acceptent à la place.

## Cliniques gratuites
Certaines cliniques tenues par des bénévoles sont entièrement gratuites. Leurs horaires peuvent être réduits : appelez avant d'y aller.

## En cas d'urgence
En cas de douleur dans la poitrine, de difficulté à respirer, de blessure grave ou d'accouchement, allez aux urgences d'un hôpital ou appelez le 911.
- Une loi fédérale (EMTALA) oblige les services d'urgence des hôpitaux à examiner toute personne qui se présente et à traiter l'urgence jusqu'à ce que son état soit stable, qu'elle puisse payer ou non et quel que soit son statut d'immigration.
- Vous recevrez une facture plus tard. Avant de payer, demandez à l'hôpital une aide financière (parfois appelée « charity care »). Les hôpitaux à but non lucratif doivent avoir un programme d'aide financière.
- Le Medicaid d'urgence peut payer les soins d'urgence, y compris l'accouchement, pour les personnes qui n'ont pas droit au Medicaid ordinaire à cause de leur statut d'immigration. L'hôpital peut vous aider à faire la demande.

## Une assurance à laquelle vous avez peut-être droit
- Dans certains États, les enfants et les femmes enceintes peuvent avoir une couverture gratuite ou à bas prix, parfois quel que soit leur statut d'immigration.
- Beaucoup d'immigrants en situation régulière peuvent acheter une assurance sur le marché de l'assurance maladie et recevoir une aide pour la payer.
- Demandez à la personne chargée des inscriptions dans un centre de santé ce à quoi vous avez droit. Cette aide est gratuite.

## La « charge publique »
Beaucoup de familles ont peur que se faire soigner nuise à leur dossier d'immigration. Selon la règle en vigueur au moment où ce guide a été vérifié, les soins d'urgence, les centres de santé communautaires, les vaccins et la plupart des prestations Medicaid ne comptent pas dans le critère de « charge publique ». Les règles peuvent changer : parlez de votre situation à une organisation d'aide juridique avant de renoncer à vous soigner.

## Bon à savoir
- Les hôpitaux et cliniques qui reçoivent de l'argent fédéral doivent vous fournir un interprète gratuit. Ne demandez pas à vos enfants de traduire.
- En cas de crise de santé mentale, appelez le 988 ou envoyez-lui un texto.`,
    },
    ht: {
      title: 'Jwenn swen sante san asirans',
      summary: 'Ki kote pou w jwenn swen sante ki pa chè si w pa gen asirans, ak dwa ou genyen pou swen ijans.',
      body: `Ou ka jwenn swen sante Ozetazini menm si w pa gen asirans, kèlkeswa sitiyasyon imigrasyon ou.

## Sant sante kominotè
Sant sante kominotè yo bay egzamen, vaksen, swen pandan gwosès, swen dan ak swen pou sante mantal. Yo:
- resevwa moun ki gen asirans ak moun ki pa genyen,
- fè w peye dapre sa w touche, sa vle di ou peye mwens si revni ou piti,
- souvan gen entèprèt oswa anplwaye ki pale lang ou.

Pote prèv revni si w genyen, tankou souch chèk. Si w pa genyen, mande ki lòt bagay yo aksepte.

## Klinik gratis
Gen kèk klinik volontè ki gratis nèt. Lè yo ouvri ka kout, kidonk rele anvan w ale.

## Nan yon ijans
Si w gen doulè nan pwatrin, ou pa ka respire byen, ou gen yon blesi grav oswa w ap akouche, ale nan sal ijans yon lopital oswa rele 911.
- Yon lwa federal (EMTALA) di sal ijans lopital yo dwe egzamine tout moun ki vini epi trete ijans lan jiskaske moun nan estab, kit li ka peye kit li pa ka peye, kèlkeswa sitiyasyon imigrasyon li.
- W ap resevwa yon bòdwo pita. Anvan w peye, mande lopital la pou èd finansye (yo rele l "charity care" pafwa). Lopital san bi likratif yo dwe gen yon pwogram èd finansye.
- Medicaid pou ijans ka peye swen ijans, tankou akouchman, pou moun ki pa ka jwenn Medicaid nòmal akoz sitiyasyon imigrasyon yo. Lopital la ka ede w fè demann nan.

## Asirans ou ka petèt jwenn
- Nan kèk eta, timoun ak fanm ansent ka jwenn asirans gratis oswa pa chè, pafwa kèlkeswa sitiyasyon imigrasyon yo.
- Anpil imigran ki gen estati legal ka achte asirans nan mache asirans sante a epi jwenn èd pou peye l.
- Mande moun ki ede ak enskripsyon nan yon sant sante sa w ka jwenn. Èd sa a gratis.

## "Chaj piblik"
Anpil fanmi pè pou swen sante pa fè ka imigrasyon yo tò. Dapre règ ki te an vigè lè yo te verifye gid sa a, swen ijans, sant sante kominotè, vaksen ak pifò Medicaid pa konte nan egzamen "chaj piblik" la. Règ yo ka chanje, kidonk mande yon òganizasyon èd legal pou sitiyasyon pa ou anvan w deside pa pran swen.

## Bon pou w konnen
- Lopital ak klinik ki resevwa lajan federal dwe ba w yon entèprèt gratis. Pa mande timoun ou yo fè entèprèt pou ou.
- Si w nan yon kriz sante mantal, rele oswa voye yon mesaj tèks bay 988.`,
    },
    pt: {
      title: 'Como conseguir atendimento de saúde sem seguro',
      summary: 'Onde conseguir atendimento de baixo custo se você não tem plano de saúde, e seu direito ao atendimento de emergência.',
      body: `Nos Estados Unidos, você pode receber atendimento de saúde mesmo sem seguro, qualquer que seja sua situação imigratória.

## Centros de saúde comunitários
Os centros de saúde comunitários oferecem consultas de rotina, vacinas, pré-natal, dentista e atendimento de saúde mental. Eles:
- atendem pacientes com ou sem seguro,
- cobram de acordo com a renda: quem ganha menos paga menos,
- muitas vezes têm intérpretes ou funcionários que falam o seu idioma.

Leve comprovante de renda se tiver, como contracheques. Se não tiver, pergunte o que mais eles aceitam.

## Clínicas gratuitas
Algumas clínicas mantidas por voluntários são totalmente gratuitas. O horário pode ser curto, então ligue antes de ir.

## Em uma emergência
Em caso de dor no peito, falta de ar, ferimento grave ou trabalho de parto, vá ao pronto-socorro de um hospital ou ligue 911.
- Uma lei federal (EMTALA) diz que os prontos-socorros dos hospitais devem examinar qualquer pessoa que chegue e tratar a emergência até a pessoa ficar estável, podendo ela pagar ou não, e qualquer que seja sua situação imigratória.
- A conta vai chegar depois. Antes de pagar, pergunte ao hospital sobre ajuda financeira (às vezes chamada de "charity care"). Hospitais sem fins lucrativos são obrigados a ter um programa de ajuda financeira.
- O Medicaid de emergência pode pagar atendimento de emergência, inclusive o parto, para quem não pode ter o Medicaid comum por causa da situação imigratória. O hospital pode ajudar você a pedir.

## Seguros que você talvez consiga
- Em alguns estados, crianças e gestantes podem ter cobertura gratuita ou de baixo custo, em alguns casos qualquer que seja a situação imigratória.
- Muitos imigrantes com status legal podem comprar seguro no mercado de seguros de saúde e receber ajuda para pagar.
- Pergunte à pessoa que ajuda com as inscrições no centro de saúde o que você pode conseguir. Essa ajuda é gratuita.

## "Carga pública"
Muitas famílias têm medo de que usar serviços de saúde prejudique o processo de imigração. Pela regra em vigor quando este guia foi verificado, atendimento de emergência, centros de saúde comunitários, vacinas e a maior parte do Medicaid não contam no teste de "carga pública". As regras podem mudar, então consulte uma organização de ajuda jurídica sobre o seu caso antes de decidir ficar sem atendimento.

## Bom saber
- Hospitais e clínicas que recebem dinheiro federal devem oferecer intérprete gratuito. Não peça aos seus filhos para interpretar.
- Numa crise de saúde mental, ligue ou mande mensagem de texto para o 988.`,
    },
    'zh-Hans': {
      title: '没有医疗保险也能看病',
      summary: '没有医疗保险时，去哪里获得低价医疗服务，以及您获得急诊治疗的权利。',
      body: `在美国，即使没有保险，无论移民身份如何，您都可以获得医疗服务。

## 社区健康中心
社区健康中心提供体检、疫苗、孕期护理、牙科和心理健康服务。这些中心：
- 不论有没有保险都可以看病，
- 按收入分级收费，收入越低付得越少，
- 通常有口译员或会说您语言的工作人员。

如果有收入证明（例如工资单），请带上。如果没有，可以问问他们还接受什么材料。

## 免费诊所
有些由志愿者开办的诊所完全免费。开放时间可能较短，去之前请先打电话。

## 紧急情况
如果出现胸痛、呼吸困难、严重受伤或临产，请去医院急诊室或拨打 911。
- 联邦法律（EMTALA）规定，医院急诊室必须为每一位前来的人检查，并治疗急症直到病情稳定，不论对方能否付费，也不论移民身份如何。
- 之后您会收到账单。付款之前，请向医院询问经济援助（有时叫"慈善医疗"）。非营利医院必须设有经济援助计划。
- 对于因移民身份不能享受普通 Medicaid（白卡）的人，紧急 Medicaid 可以支付急诊费用，包括分娩。医院可以帮您申请。

## 您可能可以获得的保险
- 在一些州，儿童和孕妇可以获得免费或低价的医疗保险，有些情况下不论移民身份。
- 很多有合法身份的移民可以在医疗保险市场购买保险，并获得保费补助。
- 可以向社区健康中心负责登记的工作人员询问您能获得什么。这项帮助是免费的。

## "公共负担"
很多家庭担心看病会影响自己的移民案件。根据本指南核实时有效的规定，急诊、社区健康中心、疫苗和大部分 Medicaid 服务都不计入"公共负担"审查。规定可能会变，所以在决定不看病之前，请先向法律援助机构咨询您的具体情况。

## 须知
- 接受联邦资金的医院和诊所必须为您提供免费口译。不要让孩子给您当翻译。
- 遇到心理危机时，请拨打或发短信至 988。`,
    },
    'fa-AF': {
      title: 'گرفتن خدمات صحی بدون بیمه',
      summary: 'اگر بیمه صحی ندارید، در کجا خدمات صحی ارزان بگیرید، و حق شما برای تداوی عاجل.',
      body: `در ایالات متحده حتی اگر بیمه ندارید، بدون در نظر داشت وضعیت مهاجرتی، می‌توانید خدمات صحی بگیرید.

## مراکز صحی اجتماعی
مراکز صحی اجتماعی معاینه، واکسین، مراقبت دوران حاملگی، تداوی دندان و خدمات صحت روانی ارائه می‌کنند. این مراکز:
- مریضان را چه بیمه داشته باشند چه نداشته باشند می‌پذیرند،
- پول را به اساس عاید شما می‌گیرند، یعنی اگر عاید شما کم است، کمتر می‌پردازید،
- اکثراً ترجمان یا کارمندانی دارند که به زبان شما گپ می‌زنند.

اگر سند عاید دارید، مثل فیش معاش، آن را با خود ببرید. اگر ندارید، بپرسید چه چیز دیگری را قبول می‌کنند.

## کلینیک‌های رایگان
بعضی کلینیک‌ها که توسط رضاکاران اداره می‌شوند کاملاً رایگان هستند. ساعات کار آن‌ها شاید کم باشد، پس پیش از رفتن زنگ بزنید.

## در حالت عاجل
اگر درد سینه، مشکل تنفس، جراحت شدید یا درد زایمان دارید، به بخش عاجل شفاخانه بروید یا به 911 زنگ بزنید.
- یک قانون فدرال (EMTALA) می‌گوید که بخش‌های عاجل شفاخانه‌ها باید هر کسی را که می‌آید معاینه کنند و حالت عاجل او را تا زمانی که وضعش ثابت شود تداوی کنند، چه پول داشته باشد چه نداشته باشد، و بدون در نظر داشت وضعیت مهاجرتی.
- بعداً برای شما بل می‌آید. پیش از پرداخت، از شفاخانه در باره کمک مالی (که گاهی "charity care" گفته می‌شود) بپرسید. شفاخانه‌های غیرانتفاعی باید برنامه کمک مالی داشته باشند.
- مدیکید عاجل (Emergency Medicaid) می‌تواند مصارف تداوی عاجل، به شمول زایمان، را برای کسانی بپردازد که به خاطر وضعیت مهاجرتی نمی‌توانند مدیکید عادی بگیرند. شفاخانه می‌تواند در درخواست به شما کمک کند.

## بیمه‌ای که شاید بتوانید بگیرید
- در بعضی ایالت‌ها، اطفال و زنان حامله می‌توانند بیمه رایگان یا ارزان بگیرند، در بعضی حالات بدون در نظر داشت وضعیت مهاجرتی.
- بسیاری از مهاجرانی که اقامت قانونی دارند می‌توانند از بازار بیمه صحی بیمه بخرند و برای پرداخت آن کمک بگیرند.
- از کارمند ثبت نام در یک مرکز صحی بپرسید که چه چیزی می‌توانید بگیرید. این کمک رایگان است.

## "بار عامه" (public charge)
بسیاری از فامیل‌ها می‌ترسند که استفاده از خدمات صحی به قضیه مهاجرتی آن‌ها ضرر برساند. طبق قاعده‌ای که هنگام بررسی این رهنما نافذ بود، تداوی عاجل، مراکز صحی اجتماعی، واکسین‌ها و بیشتر خدمات مدیکید در آزمون "بار عامه" حساب نمی‌شوند. قواعد ممکن است تغییر کنند، پس پیش از اینکه تصمیم بگیرید تداوی نشوید، در باره وضعیت خود از یک سازمان کمک حقوقی بپرسید.

## خوب است بدانید
- شفاخانه‌ها و کلینیک‌هایی که پول فدرال می‌گیرند باید به شما ترجمان رایگان بدهند. از اطفال خود نخواهید که برای شما ترجمانی کنند.
- در بحران صحت روانی، به 988 زنگ بزنید یا پیام بفرستید.`,
    },
  },
};

import type { GuideSeed } from './guides-types';

export const schoolEnrollment: GuideSeed = {
  slug: 'enrolling-your-child-in-school',
  categorySlug: 'education-schools',
  sortOrder: 30,
  verifiedDaysAgo: 4,
  en: {
    title: 'Enrolling your child in school',
    summary: "Every child in the United States has the right to a free public education, whatever their or their parents' immigration status.",
    body: `## Your child's right to go to school
In 1982, in a case called Plyler v. Doe, the U.S. Supreme Court decided that public schools cannot turn a child away because of immigration status. Public school is free from kindergarten to 12th grade, and your child can start at any time of the year.

## What the school may ask for
- Proof of your child's age, such as a birth certificate, passport or baptism record from any country. If you do not have a birth certificate, the school must accept other documents.
- Proof that you live in the school district, such as a lease, a utility bill or a letter from your landlord. If you share a home with another family, live in a shelter or have no stable home, tell the school: your child has the right to start right away, even without these papers.
- Vaccination records. If your child is missing vaccines, the school can tell you where to get them, often for free.
- Past school records, if you have them. Do not wait for them to enroll your child.

## What the school may not require
- The school may not ask about your or your child's immigration status, and may not ask for papers that prove it.
- The school may not require a Social Security number. If a form asks for one, you can leave it blank.
- The school may not refuse your child because you do not speak English.

## Help with language
You have the right to information in a language you understand, and to a free interpreter at meetings with teachers. Ask for one. Your child may take an English test and get English learner support. This support is free.

## Other help at school
- Free or low-cost breakfast and lunch. The meal form does not ask about immigration status.
- School buses for children who live far from school.
- Special education for children with disabilities.

## How to start
Call or visit the school district's enrollment office, or the public school nearest your home. The organizations in the Education section can go with you and help you fill in the forms.`,
  },
  translations: {
    es: {
      title: 'Cómo inscribir a su hijo en la escuela',
      summary: 'Todos los niños en Estados Unidos tienen derecho a la educación pública gratuita, sin importar el estatus migratorio de ellos o de sus padres.',
      body: `## El derecho de su hijo a ir a la escuela
En 1982, en el caso Plyler v. Doe, la Corte Suprema de Estados Unidos decidió que las escuelas públicas no pueden rechazar a un niño por su estatus migratorio. La escuela pública es gratis desde el kínder hasta el grado 12, y su hijo puede empezar en cualquier momento del año.

## Lo que la escuela puede pedir
- Un comprobante de la edad de su hijo, como un acta de nacimiento, un pasaporte o una fe de bautismo de cualquier país. Si no tiene acta de nacimiento, la escuela debe aceptar otros documentos.
- Un comprobante de que vive en el distrito escolar, como un contrato de renta, un recibo de luz o una carta del dueño de la casa. Si comparte la casa con otra familia, vive en un albergue o no tiene un lugar fijo donde vivir, dígaselo a la escuela: su hijo tiene derecho a empezar de inmediato, aunque no tenga estos papeles.
- El registro de vacunas. Si a su hijo le faltan vacunas, la escuela le puede decir dónde ponérselas, muchas veces gratis.
- Las calificaciones de escuelas anteriores, si las tiene. No espere a tenerlas para inscribir a su hijo.

## Lo que la escuela no puede exigir
- La escuela no puede preguntar su estatus migratorio ni el de su hijo, ni pedir papeles que lo demuestren.
- La escuela no puede exigir un número de Seguro Social. Si un formulario lo pide, puede dejarlo en blanco.
- La escuela no puede rechazar a su hijo porque usted no habla inglés.

## Ayuda con el idioma
Usted tiene derecho a recibir información en un idioma que entienda y a un intérprete gratis en las reuniones con los maestros. Pídalo. Es posible que su hijo tome un examen de inglés y reciba apoyo para aprender inglés. Este apoyo es gratis.

## Otras ayudas en la escuela
- Desayuno y almuerzo gratis o a bajo costo. El formulario de comidas no pregunta el estatus migratorio.
- Autobús escolar para los niños que viven lejos de la escuela.
- Educación especial para niños con discapacidades.

## Cómo empezar
Llame o vaya a la oficina de inscripciones del distrito escolar, o a la escuela pública más cercana a su casa. Las organizaciones de la sección Educación lo pueden acompañar y ayudar a llenar los formularios.`,
    },
    ar: {
      title: 'تسجيل طفلك في المدرسة',
      summary: 'لكل طفل في الولايات المتحدة الحق في التعليم العام المجاني، مهما كان وضعه أو وضع والديه في الهجرة.',
      body: `## حق طفلك في الذهاب إلى المدرسة
في عام 1982، في قضية اسمها "بلايلر ضد دو" (Plyler v. Doe)، قررت المحكمة العليا الأمريكية أن المدارس الحكومية لا يمكنها أن ترفض طفلاً بسبب وضعه في الهجرة. المدرسة الحكومية مجانية من الروضة إلى الصف الثاني عشر، ويستطيع طفلك أن يبدأ في أي وقت من السنة.

## ما يمكن أن تطلبه المدرسة
- إثبات عمر طفلك، مثل شهادة الميلاد أو جواز السفر أو شهادة المعمودية من أي بلد. إذا لم تكن عندك شهادة ميلاد، يجب على المدرسة أن تقبل وثائق أخرى.
- إثبات أنك تسكن في منطقة المدرسة، مثل عقد الإيجار أو فاتورة الكهرباء أو رسالة من صاحب البيت. إذا كنت تسكن مع عائلة أخرى أو في مأوى أو ليس لك سكن ثابت، أخبر المدرسة: من حق طفلك أن يبدأ فوراً حتى بدون هذه الأوراق.
- سجل التطعيمات. إذا كانت تنقص طفلك بعض التطعيمات، تستطيع المدرسة أن تخبرك أين تحصل عليها، وغالباً مجاناً.
- سجلات المدرسة السابقة إن وُجدت. لا تنتظرها لتسجيل طفلك.

## ما لا يحق للمدرسة أن تطلبه
- لا يحق للمدرسة أن تسأل عن وضعك أو وضع طفلك في الهجرة، ولا أن تطلب أوراقاً تثبته.
- لا يحق للمدرسة أن تشترط رقم الضمان الاجتماعي. إذا طلبه نموذج، يمكنك أن تتركه فارغاً.
- لا يحق للمدرسة أن ترفض طفلك لأنك لا تتكلم الإنجليزية.

## المساعدة في اللغة
من حقك أن تحصل على المعلومات بلغة تفهمها، وعلى مترجم مجاني في الاجتماعات مع المعلمين. اطلبه. قد يخضع طفلك لاختبار في اللغة الإنجليزية ويحصل على دعم لتعلّمها. هذا الدعم مجاني.

## مساعدات أخرى في المدرسة
- فطور وغداء مجاني أو بسعر منخفض. نموذج الوجبات لا يسأل عن الوضع في الهجرة.
- حافلات مدرسية للأطفال الذين يسكنون بعيداً عن المدرسة.
- تعليم خاص للأطفال ذوي الإعاقة.

## كيف تبدأ
اتصل بمكتب التسجيل في المنطقة التعليمية أو اذهب إليه، أو إلى أقرب مدرسة حكومية من بيتك. تستطيع المنظمات في قسم التعليم أن ترافقك وتساعدك في تعبئة النماذج.`,
    },
    fr: {
      title: "Inscrire votre enfant à l'école",
      summary: "Aux États-Unis, chaque enfant a droit à l'école publique gratuite, quel que soit son statut d'immigration ou celui de ses parents.",
      body: `## Le droit de votre enfant d'aller à l'école
En 1982, dans l'affaire Plyler v. Doe, la Cour suprême des États-Unis a décidé que les écoles publiques ne peuvent pas refuser un enfant à cause de son statut d'immigration. L'école publique est gratuite de la maternelle à la 12e année, et votre enfant peut commencer à tout moment de l'année.

## Ce que l'école peut demander
- Une preuve de l'âge de votre enfant, comme un acte de naissance, un passeport ou un certificat de baptême de n'importe quel pays. Si vous n'avez pas d'acte de naissance, l'école doit accepter d'autres documents.
- Une preuve que vous habitez dans le district scolaire, comme un bail, une facture d'électricité ou une lettre de votre propriétaire. Si vous vivez chez une autre famille, dans un foyer ou sans logement stable, dites-le à l'école : votre enfant a le droit de commencer tout de suite, même sans ces papiers.
- Le carnet de vaccination. S'il manque des vaccins, l'école peut vous dire où les faire, souvent gratuitement.
- Les bulletins des écoles précédentes, si vous les avez. N'attendez pas de les avoir pour inscrire votre enfant.

## Ce que l'école ne peut pas exiger
- L'école ne peut pas poser de questions sur votre statut d'immigration ou celui de votre enfant, ni demander des papiers qui le prouvent.
- L'école ne peut pas exiger de numéro de sécurité sociale. Si un formulaire le demande, vous pouvez laisser la case vide.
- L'école ne peut pas refuser votre enfant parce que vous ne parlez pas anglais.

## Aide pour la langue
Vous avez droit à des informations dans une langue que vous comprenez et à un interprète gratuit lors des rencontres avec les enseignants. Demandez-le. Votre enfant peut passer un test d'anglais et recevoir un soutien pour apprendre l'anglais. Ce soutien est gratuit.

## Autres aides à l'école
- Petit-déjeuner et déjeuner gratuits ou à prix réduit. Le formulaire pour les repas ne demande pas le statut d'immigration.
- Autobus scolaire pour les enfants qui habitent loin de l'école.
- Éducation spécialisée pour les enfants en situation de handicap.

## Pour commencer
Appelez ou allez au bureau des inscriptions du district scolaire, ou à l'école publique la plus proche de chez vous. Les organisations de la rubrique Éducation peuvent vous accompagner et vous aider à remplir les formulaires.`,
    },
    ht: {
      title: 'Enskri pitit ou lekòl',
      summary: 'Tout timoun Ozetazini gen dwa ale lekòl piblik gratis, kèlkeswa sitiyasyon imigrasyon yo oswa sitiyasyon paran yo.',
      body: `## Dwa pitit ou genyen pou l al lekòl
An 1982, nan yon ka yo rele Plyler v. Doe, Lakou Siprèm Etazini te deside lekòl piblik pa ka refize yon timoun akoz sitiyasyon imigrasyon li. Lekòl piblik gratis depi kindergarten rive nan 12yèm ane, epi pitit ou ka kòmanse nenpòt lè nan ane a.

## Sa lekòl la ka mande
- Yon prèv laj pitit ou, tankou yon batistè, yon paspò oswa yon papye batèm nenpòt ki peyi. Si w pa gen batistè, lekòl la dwe aksepte lòt dokiman.
- Yon prèv ou rete nan distri lekòl la, tankou yon kontra lwaye, yon bòdwo limyè oswa yon lèt mèt kay la. Si w ap viv ak yon lòt fanmi, nan yon abri oswa ou pa gen yon kote fiks pou w rete, di lekòl la sa: pitit ou gen dwa kòmanse touswit, menm san papye sa yo.
- Kanè vaksen. Si pitit ou manke kèk vaksen, lekòl la ka di w ki kote pou w fè yo, souvan gratis.
- Dosye ansyen lekòl yo, si w genyen yo. Pa tann yo pou w enskri pitit ou.

## Sa lekòl la pa ka egzije
- Lekòl la pa ka poze kesyon sou sitiyasyon imigrasyon ou oswa sitiyasyon pitit ou, ni mande papye ki prouve l.
- Lekòl la pa ka egzije yon nimewo Sekirite Sosyal. Si yon fòm mande l, ou ka kite l vid.
- Lekòl la pa ka refize pitit ou paske ou pa pale angle.

## Èd pou lang
Ou gen dwa resevwa enfòmasyon nan yon lang ou konprann, epi gen yon entèprèt gratis nan reyinyon ak pwofesè yo. Mande l. Pitit ou ka pase yon egzamen angle epi jwenn sipò pou aprann angle. Sipò sa a gratis.

## Lòt èd lekòl la bay
- Manje maten ak manje midi gratis oswa pa chè. Fòm pou manje a pa mande sitiyasyon imigrasyon.
- Bis lekòl pou timoun ki rete lwen lekòl la.
- Edikasyon espesyal pou timoun ki gen andikap.

## Kijan pou w kòmanse
Rele oswa ale nan biwo enskripsyon distri lekòl la, oswa nan lekòl piblik ki pi pre lakay ou. Òganizasyon ki nan seksyon Edikasyon an ka akonpaye w epi ede w ranpli fòm yo.`,
    },
    pt: {
      title: 'Como matricular seu filho na escola',
      summary: 'Toda criança nos Estados Unidos tem direito à escola pública gratuita, qualquer que seja a situação imigratória dela ou dos pais.',
      body: `## O direito do seu filho de ir à escola
Em 1982, no caso Plyler v. Doe, a Suprema Corte dos Estados Unidos decidiu que as escolas públicas não podem recusar uma criança por causa da situação imigratória. A escola pública é gratuita do jardim de infância (kindergarten) ao 12º ano, e seu filho pode começar em qualquer época do ano.

## O que a escola pode pedir
- Comprovante da idade do seu filho, como certidão de nascimento, passaporte ou certidão de batismo de qualquer país. Se você não tiver certidão de nascimento, a escola deve aceitar outros documentos.
- Comprovante de que você mora no distrito escolar, como contrato de aluguel, conta de luz ou uma carta do proprietário. Se você divide a casa com outra família, mora em abrigo ou não tem moradia fixa, avise a escola: seu filho tem direito de começar imediatamente, mesmo sem esses papéis.
- Carteira de vacinação. Se faltar alguma vacina, a escola pode dizer onde tomar, muitas vezes de graça.
- Histórico escolar anterior, se você tiver. Não espere por ele para matricular seu filho.

## O que a escola não pode exigir
- A escola não pode perguntar sobre a sua situação imigratória ou a do seu filho, nem pedir papéis que a comprovem.
- A escola não pode exigir número do Seguro Social. Se um formulário pedir, você pode deixar em branco.
- A escola não pode recusar seu filho porque você não fala inglês.

## Ajuda com o idioma
Você tem direito a receber informações em um idioma que entenda e a um intérprete gratuito nas reuniões com os professores. Peça. Seu filho pode fazer uma prova de inglês e receber apoio para aprender inglês. Esse apoio é gratuito.

## Outras ajudas na escola
- Café da manhã e almoço gratuitos ou a preço baixo. O formulário das refeições não pergunta sobre situação imigratória.
- Ônibus escolar para crianças que moram longe da escola.
- Educação especial para crianças com deficiência.

## Como começar
Ligue ou vá ao escritório de matrículas do distrito escolar, ou à escola pública mais perto da sua casa. As organizações da seção Educação podem ir com você e ajudar a preencher os formulários.`,
    },
    'zh-Hans': {
      title: '为孩子办理入学',
      summary: '在美国，每个孩子都有权接受免费的公立教育，不论孩子或父母的移民身份如何。',
      body: `## 孩子上学的权利
1982 年，美国最高法院在 Plyler v. Doe 一案中裁定：公立学校不能因为移民身份拒收孩子。从幼儿园到十二年级，公立学校都是免费的，孩子在一年中任何时候都可以入学。

## 学校可以要求提供的材料
- 孩子的年龄证明，例如任何国家的出生证明、护照或洗礼证明。如果没有出生证明，学校必须接受其他文件。
- 您住在该学区的证明，例如租约、水电账单或房东的信。如果您和别的家庭合住、住在收容所，或没有固定住处，请告诉学校：即使没有这些证明，孩子也有权马上入学。
- 疫苗接种记录。如果孩子缺少某些疫苗，学校可以告诉您去哪里接种，通常是免费的。
- 以前的在校记录（如果有的话）。不要为了等这些材料而推迟入学。

## 学校不能要求的
- 学校不能询问您或孩子的移民身份，也不能要求提供证明身份的文件。
- 学校不能强制要求社会安全号码。如果表格上有这一栏，可以空着不填。
- 学校不能因为您不会说英语而拒收孩子。

## 语言帮助
您有权用您看得懂的语言获得信息，并在和老师开会时获得免费口译。请主动提出。孩子可能会参加英语测试，并获得英语学习辅导。这种辅导是免费的。

## 学校的其他帮助
- 免费或低价的早餐和午餐。申请餐食的表格不会询问移民身份。
- 为住得远的孩子提供校车。
- 为有残障的孩子提供特殊教育。

## 如何开始
打电话或前往学区的入学办公室，或者去离您家最近的公立学校。"教育"栏目中的机构可以陪您去，并帮您填写表格。`,
    },
    'fa-AF': {
      title: 'شامل کردن طفل تان در مکتب',
      summary: 'هر طفل در ایالات متحده حق دارد به مکتب دولتی رایگان برود، بدون در نظر داشت وضعیت مهاجرتی خودش یا والدینش.',
      body: `## حق طفل شما برای رفتن به مکتب
در سال ۱۹۸۲، در قضیه‌ای به نام Plyler v. Doe، ستره محکمه ایالات متحده تصمیم گرفت که مکاتب دولتی نمی‌توانند یک طفل را به خاطر وضعیت مهاجرتی‌اش قبول نکنند. مکتب دولتی از کودکستان (کندرگارتن) تا صنف دوازدهم رایگان است، و طفل شما می‌تواند در هر وقت سال شروع کند.

## چیزهایی که مکتب می‌تواند بخواهد
- سندی برای سن طفل شما، مثل تذکره، سند تولد یا پاسپورت از هر کشوری. اگر سند تولد ندارید، مکتب باید اسناد دیگر را قبول کند.
- سندی که نشان بدهد در ساحه همین مکتب زندگی می‌کنید، مثل قرارداد کرایه، بل برق یا نامه‌ای از صاحب خانه. اگر با یک فامیل دیگر یکجا زندگی می‌کنید، در سرپناه هستید یا جای ثابت برای زندگی ندارید، به مکتب بگویید: طفل شما حق دارد فوراً شروع کند، حتی بدون این اسناد.
- کارت واکسین. اگر طفل شما بعضی واکسین‌ها را ندارد، مکتب می‌تواند به شما بگوید در کجا بگیرید، اکثراً رایگان.
- اسناد مکتب قبلی، اگر دارید. برای شامل کردن طفل تان منتظر آن‌ها نمانید.

## چیزهایی که مکتب نمی‌تواند بخواهد
- مکتب نمی‌تواند در باره وضعیت مهاجرتی شما یا طفل تان سوال کند، یا اسنادی بخواهد که آن را ثابت کند.
- مکتب نمی‌تواند نمبر سوشل سکیوریتی را لازمی بخواهد. اگر فورمی آن را می‌خواهد، می‌توانید خالی بگذارید.
- مکتب نمی‌تواند طفل شما را به این خاطر که شما انگلیسی گپ نمی‌زنید، قبول نکند.

## کمک زبانی
شما حق دارید معلومات را به زبانی که می‌فهمید بگیرید، و در جلسه‌ها با معلمان ترجمان رایگان داشته باشید. آن را بخواهید. شاید طفل شما امتحان انگلیسی بدهد و برای یادگیری انگلیسی کمک بگیرد. این کمک رایگان است.

## کمک‌های دیگر در مکتب
- نان صبح و نان چاشت رایگان یا ارزان. فورم نان در باره وضعیت مهاجرتی سوال نمی‌کند.
- بس مکتب برای اطفالی که دور از مکتب زندگی می‌کنند.
- تعلیمات خاص برای اطفال دارای معلولیت.

## چطور شروع کنید
به دفتر ثبت نام ناحیه تعلیمی (school district) زنگ بزنید یا بروید، یا به نزدیک‌ترین مکتب دولتی به خانه تان. سازمان‌های بخش تعلیم می‌توانند همراه شما بروند و در پر کردن فورم‌ها کمک کنند.`,
    },
  },
};

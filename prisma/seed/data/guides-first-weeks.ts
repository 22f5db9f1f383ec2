import type { GuideSeed } from './guides-types';

// The body is deliberately left untranslated in ht and fa-AF: the demo shows the honest
// fallback (English text with a "not yet translated" notice).
export const firstWeeks: GuideSeed = {
  slug: 'your-first-weeks',
  categorySlug: 'community-recreation',
  sortOrder: 50,
  verifiedDaysAgo: 6,
  en: {
    title: 'Your first weeks in {city}',
    summary: 'A practical checklist for your first weeks in the city: emergencies, papers, health, school, money and meeting people.',
    body: `Welcome to {city}! The first weeks in a new city are busy. This list helps you do the most important things first. You do not have to do everything at once.

## Important numbers
- Call 911 for police, fire or an ambulance. Say the name of your language: an interpreter will join the call for free.
- Call 311 for city services, such as trash pickup, problems with your building, or questions about city offices.

## First things to do
- Keep your important papers together in a safe place: passports, I-94 record, birth and marriage certificates, school and vaccination records. Make copies and take photos of them.
- Get a phone number. Clinics, schools and employers will call or text you.
- Find a clinic. A community health center will see you even without insurance.
- Enroll your children in school. They can start at any time of the year.
- Sign up for English classes. Many are free, and some offer child care.
- Get a photo ID. Read our guide "Getting an ID".

## Money
- Open a bank or credit union account instead of keeping cash at home. Some accept a passport or consular ID.
- Always ask for a receipt when you pay rent in cash.
- If you need food, visit a food pantry. Most do not ask about immigration status.

## Getting around
- City buses go to most neighborhoods. Ask about reduced fares for students, older adults and people with low incomes.
- Before your first appointment, plan how to get to your clinic, school or job.

## Your rights
- Your landlord must keep your home safe, with heat and running water, and cannot lock you out without a court order.
- You must be paid for every hour you work, at least the minimum wage, whatever your immigration status.
- Be careful with anyone who asks for money to "fix your papers". Read "How to spot immigration fraud".

## Meet people
Public libraries are free and open to everyone. They offer computers, internet, English conversation groups and story time for children. Community centers, places of worship and cultural groups are good places to make friends and find help.

Not sure where to start? Call the Office of Immigrant Affairs. We can help you in your language.`,
  },
  translations: {
    es: {
      title: 'Sus primeras semanas en {city}',
      summary: 'Una lista práctica para sus primeras semanas en la ciudad: emergencias, papeles, salud, escuela, dinero y cómo conocer gente.',
      body: `¡Bienvenido a {city}! Las primeras semanas en una ciudad nueva son muy ocupadas. Esta lista le ayuda a hacer primero lo más importante. No tiene que hacerlo todo a la vez.

## Números importantes
- Llame al 911 para la policía, los bomberos o una ambulancia. Diga el nombre de su idioma: un intérprete se unirá a la llamada gratis.
- Llame al 311 para servicios de la ciudad, como la recolección de basura, problemas con su edificio o preguntas sobre las oficinas de la ciudad.

## Lo primero que debe hacer
- Guarde juntos sus papeles importantes en un lugar seguro: pasaportes, registro I-94, actas de nacimiento y de matrimonio, registros escolares y de vacunas. Saque copias y tómeles fotos.
- Consiga un número de teléfono. Las clínicas, las escuelas y los empleadores lo van a llamar o a mandar mensajes.
- Busque una clínica. Un centro de salud comunitario lo atiende aunque no tenga seguro.
- Inscriba a sus hijos en la escuela. Pueden empezar en cualquier momento del año.
- Inscríbase en clases de inglés. Muchas son gratis y algunas ofrecen cuidado de niños.
- Saque una identificación con foto. Lea nuestra guía "Cómo obtener una identificación".

## Dinero
- Abra una cuenta en un banco o en una cooperativa de crédito en vez de guardar efectivo en casa. Algunos aceptan pasaporte o matrícula consular.
- Pida siempre un recibo cuando pague la renta en efectivo.
- Si necesita comida, vaya a una despensa de alimentos. La mayoría no pregunta el estatus migratorio.

## Cómo moverse
- Los autobuses de la ciudad llegan a la mayoría de los barrios. Pregunte por tarifas reducidas para estudiantes, personas mayores y personas de bajos ingresos.
- Antes de su primera cita, planee cómo llegar a su clínica, escuela o trabajo.

## Sus derechos
- El dueño de su vivienda debe mantenerla segura, con calefacción y agua, y no puede dejarlo fuera cambiando la cerradura sin una orden de un tribunal.
- Le deben pagar cada hora que trabaje, por lo menos el salario mínimo, sin importar su estatus migratorio.
- Tenga cuidado con cualquier persona que le pida dinero para "arreglar sus papeles". Lea "Cómo reconocer el fraude de inmigración".

## Conozca gente
Las bibliotecas públicas son gratis y abiertas para todos. Ofrecen computadoras, internet, grupos de conversación en inglés y cuentos para niños. Los centros comunitarios, los lugares de culto y los grupos culturales son buenos lugares para hacer amigos y encontrar ayuda.

¿No sabe por dónde empezar? Llame a la Oficina de Asuntos de Inmigrantes. Le podemos ayudar en su idioma.`,
    },
    ar: {
      title: 'أسابيعك الأولى في {city}',
      summary: 'قائمة عملية لأسابيعك الأولى في المدينة: الطوارئ، والأوراق، والصحة، والمدرسة، والمال، والتعرّف على الناس.',
      body: `أهلاً بك في {city}! الأسابيع الأولى في مدينة جديدة مليئة بالمشاغل. تساعدك هذه القائمة على القيام بالأمور الأهم أولاً. لست مضطراً لفعل كل شيء مرة واحدة.

## أرقام مهمة
- اتصل بـ 911 للشرطة أو الإطفاء أو الإسعاف. قل اسم لغتك: سينضم مترجم إلى المكالمة مجاناً.
- اتصل بـ 311 لخدمات المدينة، مثل جمع القمامة أو مشاكل في المبنى أو أسئلة عن مكاتب المدينة.

## أول ما يجب فعله
- احفظ أوراقك المهمة معاً في مكان آمن: جوازات السفر، وسجل I-94، وشهادات الميلاد والزواج، وسجلات المدرسة والتطعيمات. اصنع نسخاً منها والتقط لها صوراً.
- احصل على رقم هاتف. ستتصل بك العيادات والمدارس وأصحاب العمل أو يرسلون لك رسائل.
- ابحث عن عيادة. مركز الصحة المجتمعي يستقبلك حتى بدون تأمين.
- سجّل أطفالك في المدرسة. يمكنهم أن يبدؤوا في أي وقت من السنة.
- سجّل في دروس اللغة الإنجليزية. كثير منها مجاني، وبعضها يوفّر رعاية للأطفال.
- احصل على بطاقة هوية بالصورة. اقرأ دليلنا "الحصول على بطاقة هوية".

## المال
- افتح حساباً في بنك أو في جمعية ائتمانية (credit union) بدلاً من الاحتفاظ بالنقود في البيت. بعضها يقبل جواز السفر أو البطاقة القنصلية.
- اطلب دائماً إيصالاً عندما تدفع الإيجار نقداً.
- إذا احتجت إلى طعام، اذهب إلى بنك طعام. معظمها لا يسأل عن الوضع في الهجرة.

## التنقّل
- حافلات المدينة تصل إلى معظم الأحياء. اسأل عن التذاكر المخفّضة للطلاب وكبار السن وأصحاب الدخل المحدود.
- قبل موعدك الأول، خطّط كيف ستصل إلى العيادة أو المدرسة أو العمل.

## حقوقك
- يجب على صاحب البيت أن يحافظ على سلامة مسكنك، مع التدفئة والماء، ولا يحق له أن يغلق الباب في وجهك بدون أمر من المحكمة.
- يجب أن تحصل على أجر عن كل ساعة تعملها، على الأقل الحد الأدنى للأجور، مهما كان وضعك في الهجرة.
- احذر من أي شخص يطلب منك مالاً "لتسوية أوراقك". اقرأ "كيف تكتشف الاحتيال في قضايا الهجرة".

## تعرّف على الناس
المكتبات العامة مجانية ومفتوحة للجميع. فيها كمبيوترات وإنترنت ومجموعات محادثة بالإنجليزية وقراءة قصص للأطفال. المراكز المجتمعية ودور العبادة والمجموعات الثقافية أماكن جيدة لتكوين صداقات والحصول على المساعدة.

لا تعرف من أين تبدأ؟ اتصل بمكتب شؤون المهاجرين. نستطيع مساعدتك بلغتك.`,
    },
    fr: {
      title: 'Vos premières semaines à {city}',
      summary: 'Une liste pratique pour vos premières semaines dans la ville : urgences, papiers, santé, école, argent et rencontres.',
      body: `Bienvenue à {city} ! Les premières semaines dans une nouvelle ville sont chargées. Cette liste vous aide à faire d'abord le plus important. Vous n'avez pas besoin de tout faire en même temps.

## Numéros importants
- Appelez le 911 pour la police, les pompiers ou une ambulance. Dites le nom de votre langue : un interprète rejoindra l'appel gratuitement.
- Appelez le 311 pour les services de la ville, comme le ramassage des ordures, les problèmes dans votre immeuble ou les questions sur les bureaux de la ville.

## Les premières choses à faire
- Rangez vos papiers importants ensemble dans un endroit sûr : passeports, fiche I-94, actes de naissance et de mariage, dossiers scolaires et carnets de vaccination. Faites-en des copies et prenez-les en photo.
- Obtenez un numéro de téléphone. Les cliniques, les écoles et les employeurs vous appelleront ou vous enverront des messages.
- Trouvez une clinique. Un centre de santé communautaire vous reçoit même sans assurance.
- Inscrivez vos enfants à l'école. Ils peuvent commencer à tout moment de l'année.
- Inscrivez-vous à des cours d'anglais. Beaucoup sont gratuits, et certains proposent une garde d'enfants.
- Obtenez une pièce d'identité avec photo. Lisez notre guide « Obtenir une pièce d'identité ».

## Argent
- Ouvrez un compte dans une banque ou une caisse de crédit (credit union) au lieu de garder de l'argent liquide à la maison. Certaines acceptent un passeport ou une carte consulaire.
- Demandez toujours un reçu quand vous payez le loyer en espèces.
- Si vous avez besoin de nourriture, allez dans une banque alimentaire. La plupart ne posent pas de questions sur le statut d'immigration.

## Se déplacer
- Les bus de la ville desservent la plupart des quartiers. Renseignez-vous sur les tarifs réduits pour les étudiants, les personnes âgées et les personnes à faible revenu.
- Avant votre premier rendez-vous, prévoyez comment aller à votre clinique, à l'école ou au travail.

## Vos droits
- Votre propriétaire doit garder votre logement sûr, avec du chauffage et de l'eau courante, et ne peut pas vous mettre dehors en changeant la serrure sans décision d'un tribunal.
- Vous devez être payé pour chaque heure de travail, au moins au salaire minimum, quel que soit votre statut d'immigration.
- Méfiez-vous de toute personne qui vous demande de l'argent pour « arranger vos papiers ». Lisez « Reconnaître les arnaques à l'immigration ».

## Rencontrer des gens
Les bibliothèques publiques sont gratuites et ouvertes à tous. On y trouve des ordinateurs, internet, des groupes de conversation en anglais et des lectures d'histoires pour les enfants. Les centres communautaires, les lieux de culte et les associations culturelles sont de bons endroits pour se faire des amis et trouver de l'aide.

Vous ne savez pas par où commencer ? Appelez le Bureau des affaires des immigrants. Nous pouvons vous aider dans votre langue.`,
    },
    ht: {
      title: 'Premye semèn ou nan {city}',
      summary: 'Yon lis pratik pou premye semèn ou nan vil la: ijans, papye, sante, lekòl, lajan ak rankontre moun.',
    },
    pt: {
      title: 'Suas primeiras semanas em {city}',
      summary: 'Uma lista prática para as suas primeiras semanas na cidade: emergências, documentos, saúde, escola, dinheiro e como conhecer pessoas.',
      body: `Bem-vindo a {city}! As primeiras semanas numa cidade nova são corridas. Esta lista ajuda você a fazer primeiro o que é mais importante. Você não precisa fazer tudo de uma vez.

## Números importantes
- Ligue 911 para polícia, bombeiros ou ambulância. Diga o nome do seu idioma: um intérprete vai entrar na ligação de graça.
- Ligue 311 para serviços da cidade, como coleta de lixo, problemas no seu prédio ou dúvidas sobre os órgãos da cidade.

## As primeiras coisas a fazer
- Guarde seus documentos importantes juntos num lugar seguro: passaportes, registro I-94, certidões de nascimento e casamento, histórico escolar e carteira de vacinação. Faça cópias e tire fotos deles.
- Tenha um número de telefone. Clínicas, escolas e empregadores vão ligar ou mandar mensagem para você.
- Encontre uma clínica. Um centro de saúde comunitário atende você mesmo sem plano de saúde.
- Matricule seus filhos na escola. Eles podem começar em qualquer época do ano.
- Inscreva-se em aulas de inglês. Muitas são gratuitas, e algumas oferecem cuidado para as crianças.
- Tire um documento com foto. Leia nosso guia "Como tirar um documento de identidade".

## Dinheiro
- Abra uma conta num banco ou numa cooperativa de crédito (credit union) em vez de guardar dinheiro em casa. Alguns aceitam passaporte ou identidade consular.
- Sempre peça recibo quando pagar o aluguel em dinheiro.
- Se precisar de comida, procure um banco de alimentos. A maioria não pergunta sobre situação imigratória.

## Como se locomover
- Os ônibus da cidade chegam à maioria dos bairros. Pergunte sobre tarifas reduzidas para estudantes, idosos e pessoas de baixa renda.
- Antes da sua primeira consulta, planeje como chegar à clínica, à escola ou ao trabalho.

## Seus direitos
- O proprietário deve manter sua moradia segura, com aquecimento e água encanada, e não pode trancar você para fora sem uma ordem judicial.
- Você deve receber por cada hora trabalhada, pelo menos o salário mínimo, qualquer que seja sua situação imigratória.
- Cuidado com quem pede dinheiro para "arrumar seus papéis". Leia "Como reconhecer fraude de imigração".

## Conheça pessoas
As bibliotecas públicas são gratuitas e abertas a todos. Elas oferecem computadores, internet, grupos de conversação em inglês e contação de histórias para crianças. Centros comunitários, igrejas e outros locais de culto e grupos culturais são bons lugares para fazer amigos e encontrar ajuda.

Não sabe por onde começar? Ligue para o Escritório de Assuntos de Imigrantes. Podemos ajudar você no seu idioma.`,
    },
    'zh-Hans': {
      title: '您在{city}的最初几周',
      summary: '初到本市最初几周的实用清单：紧急情况、证件、看病、上学、理财和结识朋友。',
      body: `欢迎来到{city}！刚到一个新城市的头几周会很忙。这份清单帮您先做最重要的事。不必一次全部做完。

## 重要电话
- 报警、火警或叫救护车，请拨打 911。说出您的语言名称，会有口译员免费加入通话。
- 市政服务请拨打 311，例如垃圾收集、住房楼宇问题，或询问市政部门的事情。

## 首先要做的事
- 把重要证件集中放在安全的地方：护照、I-94 记录、出生证和结婚证、学校和疫苗记录。复印一份，并用手机拍照保存。
- 办一个电话号码。诊所、学校和雇主都会给您打电话或发短信。
- 找一家诊所。社区健康中心即使您没有保险也会接诊。
- 给孩子办理入学。一年中任何时候都可以入学。
- 报名参加英语课。很多是免费的，有些还提供托儿服务。
- 办一个带照片的身份证件。请阅读我们的指南《办理身份证件》。

## 理财
- 在银行或信用合作社（credit union）开户，不要把现金放在家里。有些银行接受护照或领事身份证。
- 用现金交房租时，一定要索取收据。
- 如果需要食物，可以去食物银行。大多数食物银行不会询问移民身份。

## 出行
- 市公交车通往大多数街区。可以询问学生、老人和低收入人士的优惠票价。
- 第一次赴约前，先规划好去诊所、学校或工作地点的路线。

## 您的权利
- 房东必须保证住房安全，有暖气和自来水；没有法院命令，房东不能换锁把您赶出去。
- 无论移民身份如何，您工作的每一个小时都必须拿到报酬，而且不能低于最低工资。
- 如果有人向您要钱说能"办身份"，一定要小心。请阅读《如何识别移民诈骗》。

## 结识朋友
公共图书馆免费向所有人开放，提供电脑、上网、英语会话小组和儿童故事时间。社区中心、宗教场所和文化团体都是交朋友、寻求帮助的好地方。

不知道从哪里开始？请致电移民事务办公室。我们可以用您的语言为您提供帮助。`,
    },
    'fa-AF': {
      title: 'هفته‌های اول شما در {city}',
      summary: 'یک فهرست کاری برای هفته‌های اول شما در شهر: حالات عاجل، اسناد، صحت، مکتب، پول و آشنا شدن با مردم.',
    },
  },
};

import type { GuideSeed } from './guides-types';

export const gettingAnId: GuideSeed = {
  slug: 'getting-an-id',
  categorySlug: 'citizenship-civic',
  sortOrder: 20,
  verifiedDaysAgo: 5,
  en: {
    title: 'Getting an ID',
    summary: 'The photo IDs you may be able to get, what each one is good for, and what to bring when you apply.',
    body: `A photo ID helps you open a bank account, pick up your children at school, sign a lease, see a doctor and talk to the police. You may be able to get more than one kind.

## City ID card (municipal ID)
Some cities give a photo ID card to every resident, whatever their immigration status. If {city} offers one, the Office of Immigrant Affairs can tell you where to apply. You usually need:
- Proof of who you are, such as a passport from any country or a consular ID
- Proof that you live in the city, such as a lease, a utility bill or a letter from a shelter

A city ID is accepted by city offices, libraries, many clinics and some banks. It is not a driver's license and you cannot use it to board a plane.

## Consular ID
Many countries give their citizens living in the United States an ID card through their consulate, for example the Mexican matrícula consular. Call your country's consulate to ask what documents you need. Many banks and local offices accept it.

## State ID card or driver's license
Each state has its own rules. Some states give a driver's license to every resident who passes the tests, whatever their immigration status. These licenses may say "not for federal purposes": you can drive with them, but you cannot use them to board a plane or enter a federal building. A REAL ID needs proof of lawful status. Ask the state motor vehicles office (DMV) which documents it accepts.

Never drive without a valid license. It can lead to a fine, a towed car or an arrest.

## An ITIN is not an ID
An ITIN (Individual Taxpayer Identification Number) is a number from the IRS that lets you file taxes. It is not a photo ID and it does not give you permission to work. Some banks accept an ITIN instead of a Social Security number to open an account, but you will still need a photo ID.

## Tips
- Never buy false documents. Using them can seriously hurt your immigration case.
- Keep copies of your documents in a safe place, and give copies to someone you trust.
- If a form asks about your immigration status and you do not know why, ask a trusted organization before you answer.`,
  },
  translations: {
    es: {
      title: 'Cómo obtener una identificación',
      summary: 'Las identificaciones con foto que usted puede obtener, para qué sirve cada una y qué llevar cuando la solicite.',
      body: `Una identificación con foto le ayuda a abrir una cuenta de banco, recoger a sus hijos en la escuela, firmar un contrato de renta, ir al médico y tratar con la policía. Es posible que pueda obtener más de una.

## Identificación de la ciudad (ID municipal)
Algunas ciudades dan una identificación con foto a todos sus residentes, sin importar su estatus migratorio. Si {city} la ofrece, la Oficina de Asuntos de Inmigrantes le puede decir dónde solicitarla. Por lo general necesita:
- Un documento que demuestre quién es usted, como un pasaporte de cualquier país o una matrícula consular
- Un comprobante de que vive en la ciudad, como un contrato de renta, un recibo de luz o una carta de un albergue

La identificación de la ciudad la aceptan las oficinas de la ciudad, las bibliotecas, muchas clínicas y algunos bancos. No es una licencia de manejar y no sirve para subir a un avión.

## Identificación consular
Muchos países dan a sus ciudadanos que viven en Estados Unidos una identificación a través del consulado, por ejemplo la matrícula consular de México. Llame al consulado de su país para saber qué documentos necesita. Muchos bancos y oficinas locales la aceptan.

## Identificación del estado o licencia de manejar
Cada estado tiene sus propias reglas. Algunos estados dan licencia de manejar a todos los residentes que pasen los exámenes, sin importar su estatus migratorio. Estas licencias pueden decir "no válida para fines federales": puede manejar con ellas, pero no sirven para subir a un avión ni para entrar a un edificio federal. Para la REAL ID hay que probar estatus legal. Pregunte en la oficina de vehículos del estado (DMV) qué documentos acepta.

Nunca maneje sin una licencia válida. Le pueden poner una multa, llevarse el carro con grúa o arrestarlo.

## El ITIN no es una identificación
El ITIN (Número de Identificación Personal del Contribuyente) es un número del IRS para declarar impuestos. No es una identificación con foto y no le da permiso para trabajar. Algunos bancos aceptan el ITIN en lugar del número de Seguro Social para abrir una cuenta, pero igual necesitará una identificación con foto.

## Consejos
- Nunca compre documentos falsos. Usarlos puede dañar gravemente su caso de inmigración.
- Guarde copias de sus documentos en un lugar seguro y dé copias a alguien de confianza.
- Si un formulario le pregunta su estatus migratorio y no sabe por qué, pregunte a una organización de confianza antes de contestar.`,
    },
    ar: {
      title: 'الحصول على بطاقة هوية',
      summary: 'بطاقات الهوية بالصورة التي قد تستطيع الحصول عليها، وفائدة كل واحدة منها، وما يجب أن تحضره عند التقديم.',
      body: `تساعدك بطاقة الهوية بالصورة على فتح حساب بنكي، وأخذ أطفالك من المدرسة، وتوقيع عقد إيجار، وزيارة الطبيب، والتعامل مع الشرطة. قد تستطيع الحصول على أكثر من نوع.

## بطاقة هوية المدينة (الهوية البلدية)
تعطي بعض المدن بطاقة هوية بالصورة لكل سكانها، مهما كان وضعهم في الهجرة. إذا كانت {city} تقدّم هذه البطاقة، يستطيع مكتب شؤون المهاجرين أن يخبرك أين تقدّم الطلب. عادةً تحتاج إلى:
- إثبات شخصيتك، مثل جواز سفر من أي بلد أو بطاقة قنصلية
- إثبات أنك تسكن في المدينة، مثل عقد إيجار أو فاتورة كهرباء أو رسالة من مأوى

تقبل بطاقة هوية المدينة مكاتبُ المدينة والمكتبات وعيادات كثيرة وبعض البنوك. هي ليست رخصة قيادة ولا يمكن استخدامها لركوب الطائرة.

## البطاقة القنصلية
كثير من الدول تعطي مواطنيها الذين يعيشون في الولايات المتحدة بطاقة هوية عن طريق القنصلية، مثل "الماتريكولا" القنصلية المكسيكية. اتصل بقنصلية بلدك واسأل عن الوثائق المطلوبة. كثير من البنوك والمكاتب المحلية تقبلها.

## بطاقة هوية الولاية أو رخصة القيادة
لكل ولاية قوانينها. بعض الولايات تعطي رخصة قيادة لكل ساكن ينجح في الامتحانات، مهما كان وضعه في الهجرة. قد يُكتب على هذه الرخص "ليست للأغراض الفيدرالية": يمكنك أن تقود بها، لكن لا يمكنك استخدامها لركوب الطائرة أو دخول مبنى فيدرالي. أما بطاقة REAL ID فتحتاج إلى إثبات إقامة قانونية. اسأل مكتب المركبات في الولاية (DMV) عن الوثائق التي يقبلها.

لا تقُد السيارة أبداً بدون رخصة صالحة. قد يؤدي ذلك إلى غرامة أو سحب السيارة أو القبض عليك.

## رقم ITIN ليس بطاقة هوية
رقم ITIN (رقم التعريف الضريبي الفردي) هو رقم من مصلحة الضرائب (IRS) يسمح لك بتقديم الضرائب. هو ليس بطاقة هوية بالصورة ولا يعطيك إذناً بالعمل. بعض البنوك تقبل رقم ITIN بدلاً من رقم الضمان الاجتماعي لفتح حساب، لكنك ستحتاج أيضاً إلى بطاقة هوية بالصورة.

## نصائح
- لا تشترِ وثائق مزوّرة أبداً. استخدامها قد يضرّ بقضية الهجرة الخاصة بك ضرراً كبيراً.
- احفظ نسخاً من وثائقك في مكان آمن، وأعطِ نسخاً لشخص تثق به.
- إذا سألك نموذج عن وضعك في الهجرة ولا تعرف السبب، اسأل منظمة موثوقة قبل أن تجيب.`,
    },
    fr: {
      title: "Obtenir une pièce d'identité",
      summary: "Les pièces d'identité avec photo que vous pouvez peut-être obtenir, à quoi sert chacune et quoi apporter pour la demande.",
      body: `Une pièce d'identité avec photo vous aide à ouvrir un compte bancaire, aller chercher vos enfants à l'école, signer un bail, voir un médecin et parler à la police. Vous pouvez peut-être en obtenir plusieurs.

## Carte d'identité de la ville (carte municipale)
Certaines villes donnent une carte d'identité avec photo à tous leurs habitants, quel que soit leur statut d'immigration. Si {city} en propose une, le Bureau des affaires des immigrants peut vous dire où faire la demande. En général, il faut :
- Une preuve de votre identité, comme un passeport de n'importe quel pays ou une carte consulaire
- Une preuve que vous habitez dans la ville, comme un bail, une facture d'électricité ou une lettre d'un foyer

La carte de la ville est acceptée par les services de la ville, les bibliothèques, beaucoup de cliniques et certaines banques. Ce n'est pas un permis de conduire et elle ne permet pas de prendre l'avion.

## Carte consulaire
Beaucoup de pays donnent à leurs citoyens qui vivent aux États-Unis une carte d'identité par leur consulat, par exemple la matrícula consular du Mexique. Appelez le consulat de votre pays pour savoir quels documents il faut. Beaucoup de banques et de bureaux locaux l'acceptent.

## Carte d'identité de l'État ou permis de conduire
Chaque État a ses propres règles. Certains États donnent un permis de conduire à tous les habitants qui réussissent les examens, quel que soit leur statut d'immigration. Ces permis peuvent porter la mention « non valable à des fins fédérales » : vous pouvez conduire avec, mais pas prendre l'avion ni entrer dans un bâtiment fédéral. La REAL ID exige une preuve de statut légal. Demandez au bureau des véhicules de l'État (DMV) quels documents il accepte.

Ne conduisez jamais sans permis valide. Vous risquez une amende, la fourrière ou une arrestation.

## L'ITIN n'est pas une pièce d'identité
L'ITIN (numéro d'identification fiscale individuel) est un numéro de l'IRS qui vous permet de déclarer vos impôts. Ce n'est pas une pièce d'identité avec photo et il ne vous donne pas le droit de travailler. Certaines banques acceptent l'ITIN à la place du numéro de sécurité sociale pour ouvrir un compte, mais il vous faudra quand même une pièce d'identité avec photo.

## Conseils
- N'achetez jamais de faux papiers. Les utiliser peut gravement nuire à votre dossier d'immigration.
- Gardez des copies de vos documents dans un endroit sûr et donnez-en une copie à une personne de confiance.
- Si un formulaire vous demande votre statut d'immigration et que vous ne savez pas pourquoi, demandez conseil à une organisation de confiance avant de répondre.`,
    },
    ht: {
      title: 'Jwenn yon kat idantite',
      summary: 'Kat idantite ak foto ou ka jwenn, sa chak ladan yo sèvi, ak sa pou w pote lè w ap fè demann nan.',
      body: `Yon kat idantite ak foto ede w louvri yon kont labank, al chèche timoun ou lekòl, siyen yon kontra lwaye, wè doktè epi pale ak lapolis. Ou ka petèt jwenn plis pase yon kalite.

## Kat idantite vil la (ID minisipal)
Gen kèk vil ki bay tout moun ki rete ladan yo yon kat idantite ak foto, kèlkeswa sitiyasyon imigrasyon yo. Si {city} bay youn, Biwo Zafè Imigran yo ka di w ki kote pou w fè demann nan. Anjeneral ou bezwen:
- Yon prèv ki moun ou ye, tankou yon paspò nenpòt ki peyi oswa yon kat konsila
- Yon prèv ou rete nan vil la, tankou yon kontra lwaye, yon bòdwo limyè oswa yon lèt yon abri

Biwo vil la, bibliyotèk yo, anpil klinik ak kèk bank aksepte kat vil la. Se pa yon lisans pou kondui, epi ou pa ka sèvi avè l pou w pran avyon.

## Kat konsila
Anpil peyi bay sitwayen yo ki rete Ozetazini yon kat idantite nan konsila yo, pa egzanp matrícula consular Meksik la. Rele konsila peyi ou pou w konnen ki dokiman ou bezwen. Anpil bank ak biwo lokal aksepte l.

## Kat idantite eta a oswa lisans pou kondui
Chak eta gen pwòp règ li. Gen kèk eta ki bay lisans pou kondui a tout moun ki rete ladan yo epi ki pase egzamen yo, kèlkeswa sitiyasyon imigrasyon yo. Lisans sa yo ka ekri "pa pou bi federal": ou ka kondui avè l, men ou pa ka sèvi avè l pou w pran avyon oswa antre nan yon bilding federal. Pou REAL ID, fòk ou prouve ou gen estati legal. Mande biwo machin eta a (DMV) ki dokiman li aksepte.

Pa janm kondui san yon lisans ki valab. Yo ka ba w amann, remòke machin nan oswa arete w.

## ITIN se pa yon kat idantite
ITIN (Nimewo Idantifikasyon Endividyèl Kontribyab) se yon nimewo IRS bay pou w ka deklare taks ou. Se pa yon kat idantite ak foto, epi li pa ba w pèmisyon pou w travay. Gen kèk bank ki aksepte ITIN olye nimewo Sekirite Sosyal pou louvri yon kont, men w ap toujou bezwen yon kat idantite ak foto.

## Konsèy
- Pa janm achte fo papye. Si w sèvi avè yo, sa ka fè ka imigrasyon ou anpil tò.
- Kenbe kopi dokiman ou yo nan yon kote ki an sekirite, epi bay yon moun ou fè konfyans kopi yo.
- Si yon fòm mande w sitiyasyon imigrasyon ou epi ou pa konnen poukisa, mande yon òganizasyon ou fè konfyans anvan w reponn.`,
    },
    pt: {
      title: 'Como tirar um documento de identidade',
      summary: 'Os documentos com foto que você talvez possa tirar, para que serve cada um e o que levar quando for pedir.',
      body: `Um documento de identidade com foto ajuda você a abrir conta no banco, buscar seus filhos na escola, assinar um contrato de aluguel, ir ao médico e falar com a polícia. Talvez você consiga tirar mais de um tipo.

## Identidade da cidade (ID municipal)
Algumas cidades dão um documento com foto a todos os moradores, qualquer que seja a situação imigratória. Se {city} oferecer esse documento, o Escritório de Assuntos de Imigrantes pode dizer onde pedir. Em geral, você precisa de:
- Comprovante de quem você é, como um passaporte de qualquer país ou uma identidade consular
- Comprovante de que mora na cidade, como um contrato de aluguel, uma conta de luz ou uma carta de um abrigo

A identidade da cidade é aceita pelos órgãos da cidade, bibliotecas, muitas clínicas e alguns bancos. Ela não é carteira de motorista e não serve para embarcar em avião.

## Identidade consular
Muitos países dão aos seus cidadãos que vivem nos Estados Unidos um documento de identidade pelo consulado, como a matrícula consular do México. Ligue para o consulado do seu país para saber quais documentos são necessários. Muitos bancos e órgãos locais aceitam.

## Identidade estadual ou carteira de motorista
Cada estado tem suas próprias regras. Alguns estados dão carteira de motorista a todos os moradores que passam nas provas, qualquer que seja a situação imigratória. Essas carteiras podem dizer "não válida para fins federais": você pode dirigir com ela, mas não pode usá-la para embarcar em avião ou entrar em prédio federal. A REAL ID exige prova de status legal. Pergunte no departamento de trânsito do estado (DMV) quais documentos ele aceita.

Nunca dirija sem uma carteira válida. Você pode levar multa, ter o carro guinchado ou ser preso.

## O ITIN não é documento de identidade
O ITIN (Número de Identificação Individual de Contribuinte) é um número da Receita Federal americana (IRS) que permite declarar impostos. Ele não é documento com foto e não dá permissão para trabalhar. Alguns bancos aceitam o ITIN no lugar do número do Seguro Social para abrir conta, mas você ainda vai precisar de um documento com foto.

## Dicas
- Nunca compre documentos falsos. Usá-los pode prejudicar muito o seu processo de imigração.
- Guarde cópias dos seus documentos em lugar seguro e dê cópias a alguém de confiança.
- Se um formulário perguntar sua situação imigratória e você não souber por quê, pergunte a uma organização de confiança antes de responder.`,
    },
    'zh-Hans': {
      title: '办理身份证件',
      summary: '您可能可以办理哪些带照片的身份证件，每种证件有什么用途，申请时要带什么。',
      body: `带照片的身份证件可以帮您开银行账户、去学校接孩子、签租约、看医生和与警察打交道。您也许可以办不止一种。

## 城市身份证（市政身份证）
有些城市为所有居民发放带照片的身份证，不论移民身份。如果{city}有这种证件，移民事务办公室可以告诉您去哪里申请。一般需要：
- 身份证明，例如任何国家的护照或领事证件
- 住在本市的证明，例如租约、水电账单或收容所开具的信

城市身份证可以在市政部门、图书馆、很多诊所和部分银行使用。它不是驾照，也不能用来登机。

## 领事身份证
很多国家通过领事馆为住在美国的本国公民发放身份证，例如墨西哥的领事身份证（matrícula consular）。请打电话给您本国的领事馆，询问需要哪些文件。很多银行和地方机构都接受这种证件。

## 州身份证或驾照
每个州的规定不同。有些州向所有通过考试的居民发放驾照，不论移民身份。这类驾照上可能写着"不适用于联邦用途"：可以用来开车，但不能用来登机或进入联邦大楼。办理 REAL ID 需要证明合法身份。请向州车辆管理局（DMV）询问接受哪些文件。

千万不要无照驾驶。这可能导致罚款、车辆被拖走甚至被逮捕。

## ITIN 不是身份证件
ITIN（个人报税识别号码）是国税局（IRS）发给您用来报税的号码。它不是带照片的身份证件，也不代表您可以合法工作。有些银行接受用 ITIN 代替社会安全号码开户，但您仍然需要一个带照片的身份证件。

## 小贴士
- 千万不要购买假证件。使用假证件可能严重影响您的移民案件。
- 把证件的复印件放在安全的地方，也交给一位您信任的人保管一份。
- 如果表格问到您的移民身份，而您不清楚为什么要问，请先问问可信赖的机构再回答。`,
    },
    'fa-AF': {
      title: 'گرفتن کارت هویت',
      summary: 'کارت‌های هویت عکس‌دار که شاید بتوانید بگیرید، فایده هر کدام، و اینکه هنگام درخواست چه چیزهایی را با خود ببرید.',
      body: `کارت هویت عکس‌دار به شما کمک می‌کند حساب بانکی باز کنید، اطفال خود را از مکتب بگیرید، قرارداد کرایه امضا کنید، پیش داکتر بروید و با پولیس گپ بزنید. شاید بتوانید بیشتر از یک نوع کارت بگیرید.

## کارت هویت شهر (کارت شاروالی)
بعضی شهرها به همه باشندگان خود کارت هویت عکس‌دار می‌دهند، بدون در نظر داشت وضعیت مهاجرتی. اگر {city} این کارت را می‌دهد، دفتر امور مهاجران می‌تواند به شما بگوید که در کجا درخواست بدهید. معمولاً این‌ها لازم است:
- سندی که نشان بدهد شما کی هستید، مثل پاسپورت هر کشوری یا کارت قونسلی
- سندی که نشان بدهد در این شهر زندگی می‌کنید، مثل قرارداد کرایه، بل برق یا نامه‌ای از سرپناه

کارت هویت شهر را دفترهای شهر، کتابخانه‌ها، بسیاری از کلینیک‌ها و بعضی بانک‌ها قبول می‌کنند. این کارت لایسنس رانندگی نیست و با آن نمی‌توانید سوار طیاره شوید.

## کارت قونسلی
بسیاری از کشورها از طریق قونسلگری خود به اتباع خود که در ایالات متحده زندگی می‌کنند کارت هویت می‌دهند، مثلاً کارت قونسلی مکسیکو. به قونسلگری کشور خود زنگ بزنید و بپرسید که کدام اسناد لازم است. بسیاری از بانک‌ها و دفترهای محلی آن را قبول می‌کنند.

## کارت هویت ایالتی یا لایسنس رانندگی
هر ایالت قوانین خود را دارد. بعضی ایالت‌ها به هر باشنده‌ای که امتحان‌ها را کامیاب شود لایسنس رانندگی می‌دهند، بدون در نظر داشت وضعیت مهاجرتی. روی این لایسنس‌ها شاید نوشته شده باشد "برای اهداف فدرال معتبر نیست": می‌توانید با آن موتر برانید، اما با آن نمی‌توانید سوار طیاره شوید یا داخل یک ساختمان فدرال شوید. برای REAL ID باید اقامت قانونی خود را ثابت کنید. از اداره موترهای ایالت (DMV) بپرسید که کدام اسناد را قبول می‌کند.

هیچ وقت بدون لایسنس معتبر موتر نرانید. ممکن است جریمه شوید، موتر شما برده شود یا گرفتار شوید.

## ITIN کارت هویت نیست
ITIN (نمبر شناسایی مالیاتی فردی) نمبری است که اداره مالیات (IRS) می‌دهد تا بتوانید مالیات خود را ثبت کنید. این کارت هویت عکس‌دار نیست و به شما اجازه کار نمی‌دهد. بعضی بانک‌ها برای باز کردن حساب، ITIN را به جای نمبر سوشل سکیوریتی قبول می‌کنند، اما باز هم به کارت هویت عکس‌دار ضرورت دارید.

## توصیه‌ها
- هیچ وقت اسناد جعلی نخرید. استفاده از آن‌ها می‌تواند به قضیه مهاجرتی شما ضرر جدی برساند.
- کاپی اسناد خود را در جای امن نگه دارید و یک کاپی را به کسی که به او اعتماد دارید بدهید.
- اگر یک فورم در باره وضعیت مهاجرتی شما می‌پرسد و نمی‌دانید چرا، پیش از جواب دادن از یک سازمان قابل اعتماد بپرسید.`,
    },
  },
};

import type { GuideSeed } from './guides-types';

export const knowYourRights: GuideSeed = {
  slug: 'know-your-rights',
  categorySlug: 'legal-immigration',
  sortOrder: 10,
  verifiedDaysAgo: 3,
  en: {
    title: 'Know your rights',
    summary: 'What to do if immigration officers (ICE) come to your home or your work, or stop you on the street.',
    body: `Everyone in the United States has rights under the Constitution, whatever their immigration status. Knowing them helps you stay calm and protect your family.

## If officers come to your home
- Do not open the door. Talk through the closed door or a window.
- Ask who they are and why they are there. Ask them to pass any warrant under the door or hold it up to the window.
- To come in without your permission, officers need a judicial warrant: it names a court and is signed by a judge. An ICE form signed by an immigration officer (an "administrative warrant") is not enough.
- If they come in anyway, do not fight. Say clearly: "I do not consent to this search."

## If you are stopped on the street
- Stay calm. Do not run, do not lie and do not show false documents.
- You can say: "I am using my right to remain silent." You do not have to say where you were born or what your immigration status is.
- Ask: "Am I free to go?" If the answer is yes, walk away calmly.
- If you are driving and the police stop you, show your license, registration and proof of insurance. You can stay silent about everything else.

## If officers come to your work
- You have the same right to remain silent at work.
- Officers need a judicial warrant or your employer's permission to enter private areas of a workplace.
- Do not run. Say that you want to speak to a lawyer.

## If you are detained
- Ask for a lawyer. Do not answer questions without one.
- Do not sign anything you do not understand, especially papers that say you agree to leave the country. Signing can mean you give up your right to see a judge.
- Learn by heart the phone number of a family member and of a lawyer.

## Prepare now
- Carry a know-your-rights card (sometimes called a "red card"). You can hand it to officers instead of talking. Legal help organizations give them out for free.
- Make a family plan: who will pick up your children, who can make decisions for them, and where your important papers are kept. Make sure your children know the phone number of a trusted adult.
- Find a trustworthy lawyer or accredited representative before you need one.

This guide is general information, not legal advice. For your own case, talk to a licensed immigration lawyer or a DOJ-accredited representative.`,
  },
  translations: {
    es: {
      title: 'Conozca sus derechos',
      summary: 'Qué hacer si agentes de inmigración (ICE) llegan a su casa o a su trabajo, o lo detienen en la calle.',
      body: `Todas las personas en Estados Unidos tienen derechos bajo la Constitución, sin importar su estatus migratorio. Conocerlos le ayuda a mantener la calma y a proteger a su familia.

## Si los agentes llegan a su casa
- No abra la puerta. Hable a través de la puerta cerrada o de una ventana.
- Pregunte quiénes son y por qué están ahí. Pídales que pasen la orden por debajo de la puerta o que la muestren por la ventana.
- Para entrar sin su permiso, los agentes necesitan una orden judicial: tiene el nombre de un tribunal y la firma de un juez. Un formulario de ICE firmado por un oficial de inmigración (una "orden administrativa") no es suficiente.
- Si entran de todos modos, no se resista. Diga claramente: "No doy mi consentimiento para este registro".

## Si lo detienen en la calle
- Mantenga la calma. No corra, no mienta y no muestre documentos falsos.
- Puede decir: "Voy a usar mi derecho a guardar silencio". No tiene que decir dónde nació ni cuál es su estatus migratorio.
- Pregunte: "¿Me puedo ir?". Si le dicen que sí, aléjese con calma.
- Si está manejando y la policía lo detiene, muestre su licencia, el registro del carro y la prueba de seguro. Puede guardar silencio sobre todo lo demás.

## Si los agentes llegan a su trabajo
- En el trabajo usted tiene el mismo derecho a guardar silencio.
- Los agentes necesitan una orden judicial o el permiso de su empleador para entrar a las áreas privadas del lugar de trabajo.
- No corra. Diga que quiere hablar con un abogado.

## Si lo detienen
- Pida un abogado. No conteste preguntas sin un abogado.
- No firme nada que no entienda, sobre todo papeles que digan que acepta salir del país. Si firma, puede perder su derecho a ver a un juez.
- Apréndase de memoria el teléfono de un familiar y el de un abogado.

## Prepárese desde ahora
- Lleve con usted una tarjeta de "Conozca sus derechos" (a veces llamada "tarjeta roja"). Puede entregarla a los agentes en lugar de hablar. Las organizaciones de ayuda legal las regalan.
- Haga un plan familiar: quién recogerá a sus hijos, quién puede tomar decisiones por ellos y dónde guarda sus papeles importantes. Asegúrese de que sus hijos sepan el teléfono de un adulto de confianza.
- Busque un abogado o un representante acreditado de confianza antes de necesitarlo.

Esta guía es información general, no asesoría legal. Para su caso, hable con un abogado de inmigración con licencia o con un representante acreditado por el Departamento de Justicia (DOJ).`,
    },
    ar: {
      title: 'اعرف حقوقك',
      summary: 'ماذا تفعل إذا جاء موظفو الهجرة (ICE) إلى بيتك أو مكان عملك، أو أوقفوك في الشارع.',
      body: `لكل شخص في الولايات المتحدة حقوق يحميها الدستور، مهما كان وضعه في الهجرة. معرفة هذه الحقوق تساعدك على الهدوء وحماية عائلتك.

## إذا جاء الموظفون إلى بيتك
- لا تفتح الباب. تكلّم من وراء الباب المغلق أو من النافذة.
- اسألهم من هم ولماذا جاؤوا. اطلب منهم أن يمرّروا أي مذكرة من تحت الباب أو أن يرفعوها أمام النافذة.
- لكي يدخلوا بدون إذنك، يحتاج الموظفون إلى مذكرة قضائية: عليها اسم محكمة وتوقيع قاضٍ. نموذج من ICE يوقّعه موظف هجرة (ما يسمى "مذكرة إدارية") لا يكفي.
- إذا دخلوا رغم ذلك، لا تقاوم. قل بوضوح: "أنا لا أوافق على هذا التفتيش".

## إذا أوقفوك في الشارع
- حافظ على هدوئك. لا تهرب، ولا تكذب، ولا تُظهر وثائق مزوّرة.
- يمكنك أن تقول: "أنا أستخدم حقي في التزام الصمت". ليس عليك أن تقول أين وُلدت أو ما هو وضعك في الهجرة.
- اسأل: "هل يمكنني أن أذهب؟". إذا كان الجواب نعم، امشِ بهدوء.
- إذا كنت تقود سيارة وأوقفتك الشرطة، أظهر رخصة القيادة وتسجيل السيارة وإثبات التأمين. ويمكنك أن تصمت عن كل شيء آخر.

## إذا جاء الموظفون إلى مكان عملك
- لك نفس الحق في التزام الصمت في العمل.
- يحتاج الموظفون إلى مذكرة قضائية أو إلى إذن صاحب العمل لدخول الأماكن الخاصة في مكان العمل.
- لا تهرب. قل إنك تريد التحدث إلى محامٍ.

## إذا احتجزوك
- اطلب محامياً. لا تجب عن الأسئلة بدون محامٍ.
- لا توقّع على أي شيء لا تفهمه، خاصة الأوراق التي تقول إنك توافق على مغادرة البلد. التوقيع قد يعني أنك تتنازل عن حقك في المثول أمام قاضٍ.
- احفظ عن ظهر قلب رقم هاتف أحد أفراد عائلتك ورقم هاتف محامٍ.

## استعد من الآن
- احمل معك بطاقة "اعرف حقوقك" (تسمى أحياناً "البطاقة الحمراء"). يمكنك أن تعطيها للموظفين بدلاً من الكلام. توزّعها منظمات المساعدة القانونية مجاناً.
- ضع خطة للعائلة: من سيأخذ أطفالك من المدرسة، ومن يستطيع أن يتخذ القرارات عنهم، وأين تحفظ أوراقك المهمة. تأكّد أن أطفالك يعرفون رقم هاتف شخص بالغ يثقون به.
- ابحث عن محامٍ أو ممثل معتمد موثوق قبل أن تحتاج إليه.

هذا الدليل معلومات عامة وليس استشارة قانونية. بالنسبة لقضيتك، تحدّث مع محامي هجرة مرخّص أو مع ممثل معتمد من وزارة العدل (DOJ).`,
    },
    fr: {
      title: 'Connaissez vos droits',
      summary: "Que faire si des agents de l'immigration (ICE) viennent chez vous ou à votre travail, ou vous arrêtent dans la rue.",
      body: `Toute personne aux États-Unis a des droits garantis par la Constitution, quel que soit son statut d'immigration. Les connaître vous aide à rester calme et à protéger votre famille.

## Si des agents viennent chez vous
- N'ouvrez pas la porte. Parlez à travers la porte fermée ou par une fenêtre.
- Demandez qui ils sont et pourquoi ils sont là. Demandez-leur de glisser le mandat sous la porte ou de le montrer à la fenêtre.
- Pour entrer sans votre permission, les agents ont besoin d'un mandat judiciaire : il porte le nom d'un tribunal et la signature d'un juge. Un formulaire de l'ICE signé par un agent d'immigration (un « mandat administratif ») ne suffit pas.
- S'ils entrent quand même, ne résistez pas. Dites clairement : « Je ne consens pas à cette fouille. »

## Si on vous arrête dans la rue
- Restez calme. Ne courez pas, ne mentez pas et ne montrez pas de faux papiers.
- Vous pouvez dire : « J'exerce mon droit de garder le silence. » Vous n'êtes pas obligé de dire où vous êtes né ni quel est votre statut d'immigration.
- Demandez : « Est-ce que je peux partir ? » Si la réponse est oui, partez calmement.
- Si vous conduisez et que la police vous arrête, montrez votre permis, la carte grise et l'attestation d'assurance. Vous pouvez garder le silence sur tout le reste.

## Si des agents viennent à votre travail
- Au travail aussi, vous avez le droit de garder le silence.
- Les agents ont besoin d'un mandat judiciaire ou de l'accord de votre employeur pour entrer dans les parties privées du lieu de travail.
- Ne courez pas. Dites que vous voulez parler à un avocat.

## Si vous êtes détenu
- Demandez un avocat. Ne répondez pas aux questions sans avocat.
- Ne signez rien que vous ne comprenez pas, surtout des papiers qui disent que vous acceptez de quitter le pays. En signant, vous pouvez perdre votre droit de voir un juge.
- Apprenez par cœur le numéro de téléphone d'un proche et celui d'un avocat.

## Préparez-vous dès maintenant
- Gardez sur vous une carte « Connaissez vos droits » (parfois appelée « carte rouge »). Vous pouvez la donner aux agents au lieu de parler. Les organisations d'aide juridique la distribuent gratuitement.
- Faites un plan familial : qui ira chercher vos enfants, qui peut prendre des décisions pour eux, et où sont rangés vos papiers importants. Vérifiez que vos enfants connaissent le numéro d'un adulte de confiance.
- Trouvez un avocat ou un représentant accrédité de confiance avant d'en avoir besoin.

Ce guide donne des informations générales, pas un conseil juridique. Pour votre situation, parlez à un avocat en immigration ou à un représentant accrédité par le ministère de la Justice (DOJ).`,
    },
    ht: {
      title: 'Konnen dwa ou',
      summary: 'Kisa pou w fè si ofisye imigrasyon (ICE) vin lakay ou oswa nan travay ou, oswa yo rete w nan lari.',
      body: `Tout moun ki Ozetazini gen dwa Konstitisyon an ba yo, kèlkeswa sitiyasyon imigrasyon yo. Lè w konnen dwa ou, sa ede w rete kalm epi pwoteje fanmi ou.

## Si ofisye yo vin lakay ou
- Pa louvri pòt la. Pale atravè pòt la ki fèmen oswa nan yon fenèt.
- Mande yo kiyès yo ye ak poukisa yo la. Mande yo pase manda a anba pòt la oswa montre l nan fenèt la.
- Pou yo antre san pèmisyon ou, ofisye yo bezwen yon manda jidisyè: li gen non yon tribinal epi yon jij siyen l. Yon fòm ICE yon ofisye imigrasyon siyen (yon "manda administratif") pa ase.
- Si yo antre kanmenm, pa goumen. Di klè: "Mwen pa dakò ak fouy sa a."

## Si yo rete w nan lari
- Rete kalm. Pa kouri, pa bay manti epi pa montre fo papye.
- Ou ka di: "Mwen itilize dwa m pou m pa di anyen." Ou pa oblije di ki kote w fèt ni ki sitiyasyon imigrasyon ou.
- Mande: "Èske m ka ale?" Si yo di wi, ale tou dousman.
- Si w ap kondui epi lapolis rete w, montre lisans ou, papye machin nan ak prèv asirans. Ou ka pa di anyen sou tout lòt bagay.

## Si ofisye yo vin nan travay ou
- Nan travay la tou, ou gen dwa pou w pa di anyen.
- Ofisye yo bezwen yon manda jidisyè oswa pèmisyon patwon an pou yo antre nan pati prive travay la.
- Pa kouri. Di ou vle pale ak yon avoka.

## Si yo arete w
- Mande yon avoka. Pa reponn kesyon san avoka.
- Pa siyen anyen ou pa konprann, sitou papye ki di ou dakò kite peyi a. Si w siyen, ou ka pèdi dwa ou pou w wè yon jij.
- Aprann pa kè nimewo telefòn yon fanmi ak nimewo yon avoka.

## Prepare w kounye a
- Pote yon kat "Konnen dwa ou" (yo rele l "kat wouj" tou). Ou ka bay ofisye yo kat la olye w pale. Òganizasyon ki bay èd legal yo bay li gratis.
- Fè yon plan fanmi: kiyès k ap al chèche timoun yo, kiyès ki ka pran desizyon pou yo, ak ki kote papye enpòtan ou yo ye. Asire w timoun yo konnen nimewo telefòn yon granmoun yo fè konfyans.
- Chèche yon avoka oswa yon reprezantan akredite ou ka fè konfyans anvan w bezwen l.

Gid sa a se enfòmasyon jeneral, se pa konsèy legal. Pou ka pa ou, pale ak yon avoka imigrasyon ki gen lisans oswa yon reprezantan Depatman Jistis (DOJ) akredite.`,
    },
    pt: {
      title: 'Conheça seus direitos',
      summary: 'O que fazer se agentes de imigração (ICE) forem à sua casa ou ao seu trabalho, ou pararem você na rua.',
      body: `Todas as pessoas nos Estados Unidos têm direitos garantidos pela Constituição, qualquer que seja sua situação imigratória. Conhecer esses direitos ajuda você a manter a calma e proteger sua família.

## Se os agentes forem à sua casa
- Não abra a porta. Fale pela porta fechada ou por uma janela.
- Pergunte quem são e por que estão ali. Peça que passem o mandado por baixo da porta ou que o mostrem na janela.
- Para entrar sem a sua permissão, os agentes precisam de um mandado judicial: ele traz o nome de um tribunal e a assinatura de um juiz. Um formulário do ICE assinado por um agente de imigração (um "mandado administrativo") não basta.
- Se entrarem mesmo assim, não resista. Diga claramente: "Eu não autorizo esta busca."

## Se você for parado na rua
- Mantenha a calma. Não corra, não minta e não mostre documentos falsos.
- Você pode dizer: "Vou usar meu direito de ficar em silêncio." Você não é obrigado a dizer onde nasceu nem qual é sua situação imigratória.
- Pergunte: "Posso ir embora?" Se a resposta for sim, vá embora com calma.
- Se estiver dirigindo e a polícia parar você, mostre a carteira de motorista, o documento do carro e o comprovante de seguro. Você pode ficar em silêncio sobre todo o resto.

## Se os agentes forem ao seu trabalho
- No trabalho você tem o mesmo direito de ficar em silêncio.
- Os agentes precisam de um mandado judicial ou da permissão do empregador para entrar nas áreas privadas do local de trabalho.
- Não corra. Diga que quer falar com um advogado.

## Se você for detido
- Peça um advogado. Não responda a perguntas sem um advogado.
- Não assine nada que você não entenda, principalmente papéis dizendo que você aceita sair do país. Ao assinar, você pode perder o direito de ver um juiz.
- Decore o telefone de um familiar e o de um advogado.

## Prepare-se desde já
- Leve com você um cartão "Conheça seus direitos" (às vezes chamado de "cartão vermelho"). Você pode entregá-lo aos agentes em vez de falar. As organizações de ajuda jurídica distribuem de graça.
- Faça um plano familiar: quem vai buscar seus filhos, quem pode tomar decisões por eles e onde estão guardados seus documentos importantes. Garanta que seus filhos saibam o telefone de um adulto de confiança.
- Encontre um advogado ou representante credenciado de confiança antes de precisar.

Este guia traz informações gerais, não é orientação jurídica. Para o seu caso, fale com um advogado de imigração licenciado ou com um representante credenciado pelo Departamento de Justiça (DOJ).`,
    },
    'zh-Hans': {
      title: '了解您的权利',
      summary: '如果移民官员（ICE）来到您家或工作地点，或在街上拦住您，应该怎么做。',
      body: `在美国，无论移民身份如何，每个人都享有宪法保障的权利。了解这些权利，可以帮助您保持冷静，保护家人。

## 如果官员来到您家
- 不要开门。隔着关着的门或窗户说话。
- 问他们是谁、为什么来。请他们把搜查令从门下塞进来，或贴在窗户上给您看。
- 没有您的同意，官员必须有司法搜查令才能进门：上面写有法院名称，并由法官签字。由移民官员签署的 ICE 表格（所谓"行政令"）是不够的。
- 如果他们还是进来了，不要反抗。清楚地说："我不同意这次搜查。"

## 如果您在街上被拦住
- 保持冷静。不要跑，不要说谎，不要出示假证件。
- 您可以说："我要行使保持沉默的权利。"您不必说出自己在哪里出生或您的移民身份。
- 问："我可以走了吗？"如果对方说可以，就平静地离开。
- 如果您在开车时被警察拦下，要出示驾照、车辆登记和保险证明。其他问题您都可以保持沉默。

## 如果官员来到您的工作地点
- 在工作地点，您同样有保持沉默的权利。
- 官员要进入工作场所的非公开区域，必须有司法搜查令或雇主的同意。
- 不要跑。告诉他们您想和律师谈。

## 如果您被拘留
- 要求见律师。没有律师在场，不要回答问题。
- 不要签署任何您看不懂的文件，特别是表示您同意离开美国的文件。签了字，您可能会失去见法官的权利。
- 背下一位家人和一位律师的电话号码。

## 现在就做好准备
- 随身带一张"了解您的权利"卡（有时叫"红卡"）。您可以把卡交给官员，不用开口说话。法律援助机构会免费发放。
- 制定家庭计划：谁去接孩子，谁可以替孩子做决定，重要文件放在哪里。确保孩子记得一位可信赖的成年人的电话号码。
- 在需要之前，先找好一位可靠的律师或认可代表。

本指南只提供一般信息，不是法律意见。关于您自己的情况，请咨询有执照的移民律师或司法部（DOJ）认可的代表。`,
    },
    'fa-AF': {
      title: 'حقوق خود را بدانید',
      summary: 'اگر مأموران مهاجرت (ICE) به خانه یا محل کار شما آمدند، یا شما را در سرک ایستاد کردند، چه کار کنید.',
      body: `هر کسی که در ایالات متحده است، بدون در نظر داشت وضعیت مهاجرتی‌اش، حقوقی دارد که قانون اساسی از آن حمایت می‌کند. دانستن این حقوق به شما کمک می‌کند آرام بمانید و از فامیل خود محافظت کنید.

## اگر مأموران به خانه شما آمدند
- دروازه را باز نکنید. از پشت دروازه بسته یا از کلکین گپ بزنید.
- بپرسید که کی هستند و چرا آمده‌اند. از آن‌ها بخواهید حکم را از زیر دروازه داخل کنند یا پیش کلکین نشان دهند.
- برای داخل شدن بدون اجازه شما، مأموران به حکم قضایی ضرورت دارند: در آن نام یک محکمه است و قاضی آن را امضا کرده است. فورمه ICE که یک مأمور مهاجرت امضا کرده باشد ("حکم اداری") کافی نیست.
- اگر باز هم داخل شدند، مقاومت نکنید. به صورت واضح بگویید: "من به این تلاشی رضایت نمی‌دهم."

## اگر شما را در سرک ایستاد کردند
- آرام باشید. فرار نکنید، دروغ نگویید و اسناد جعلی نشان ندهید.
- می‌توانید بگویید: "من از حق سکوت خود استفاده می‌کنم." لازم نیست بگویید در کجا تولد شده‌اید یا وضعیت مهاجرتی شما چیست.
- بپرسید: "آیا می‌توانم بروم؟" اگر جواب بلی بود، آرام از آنجا بروید.
- اگر موتر می‌رانید و پولیس شما را ایستاد کرد، لایسنس، اسناد موتر و سند بیمه را نشان دهید. در باره همه چیزهای دیگر می‌توانید سکوت کنید.

## اگر مأموران به محل کار شما آمدند
- در محل کار هم همین حق سکوت را دارید.
- مأموران برای داخل شدن به بخش‌های خصوصی محل کار، به حکم قضایی یا اجازه کارفرما ضرورت دارند.
- فرار نکنید. بگویید که می‌خواهید با وکیل گپ بزنید.

## اگر شما را بازداشت کردند
- وکیل بخواهید. بدون وکیل به سوال‌ها جواب ندهید.
- هیچ چیزی را که نمی‌فهمید امضا نکنید، به خصوص کاغذهایی که می‌گوید شما قبول دارید کشور را ترک کنید. با امضا کردن ممکن است حق دیدن قاضی را از دست بدهید.
- شماره تیلفون یکی از اعضای فامیل و شماره یک وکیل را حفظ کنید.

## از همین حالا آماده باشید
- یک کارت "حقوق خود را بدانید" (که گاهی "کارت سرخ" هم گفته می‌شود) همراه داشته باشید. می‌توانید به جای گپ زدن، آن را به مأموران بدهید. سازمان‌های کمک حقوقی آن را رایگان می‌دهند.
- یک پلان فامیلی بسازید: کی اطفال شما را از مکتب می‌گیرد، کی می‌تواند برای آن‌ها تصمیم بگیرد، و اسناد مهم شما در کجا است. مطمئن شوید که اطفال شما شماره تیلفون یک بزرگسال قابل اعتماد را می‌دانند.
- پیش از آنکه ضرورت پیدا کنید، یک وکیل یا نماینده تأیید شده قابل اعتماد پیدا کنید.

این رهنما معلومات عمومی است، نه مشوره حقوقی. برای قضیه خود، با یک وکیل مهاجرت دارای جواز یا نماینده تأیید شده وزارت عدلیه (DOJ) گپ بزنید.`,
    },
  },
};

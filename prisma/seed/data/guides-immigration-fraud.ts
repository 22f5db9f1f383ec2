import type { GuideSeed } from './guides-types';

export const immigrationFraud: GuideSeed = {
  slug: 'how-to-spot-immigration-fraud',
  categorySlug: 'legal-immigration',
  sortOrder: 40,
  verifiedDaysAgo: 3,
  en: {
    title: 'How to spot immigration fraud',
    summary: 'Who is allowed to help with your immigration case, the warning signs of a scam, and how to report fraud.',
    body: `Every year, people lose their money, and sometimes their chance to stay in the United States, because they trusted the wrong person. Learn the warning signs.

## Who can give you immigration legal advice
Only two kinds of people may give you legal advice or represent you in an immigration case:
- A lawyer (attorney) licensed in any U.S. state. You can check a lawyer's license on the state bar's website.
- A DOJ-accredited representative who works for a nonprofit organization recognized by the U.S. Department of Justice. The Department of Justice publishes the list of these organizations and representatives.

## A "notario" is not a lawyer
In many Latin American countries, a "notario público" is a lawyer. In the United States, a notary public can only witness signatures. Notarios, consultants, travel agencies and "immigration experts" cannot give legal advice, choose your forms for you or speak for you to immigration authorities.

## Warning signs
- They promise a green card, a work permit or fast results, or say they have special contacts at USCIS.
- They ask you to sign a blank form or a form you do not understand.
- They write false information on your forms or tell you to lie.
- They keep your original documents, such as your passport or birth certificate.
- They charge you for government forms. The forms are free on the USCIS website, uscis.gov.
- They will not give you a written contract or a receipt.

## Protect yourself
- Never sign a blank form or a form with false information.
- Get a written contract and a receipt for every payment.
- Keep a copy of everything you file, and every letter and receipt notice from USCIS.
- Keep your original documents. Give only copies.
- Ask to see the lawyer's bar number or the representative's accreditation.

## If you were cheated
It is not too late to get help. A trustworthy lawyer or accredited representative can review your case and tell you what to do. You can report fraud to the state Attorney General's consumer protection office, to the Federal Trade Commission at reportfraud.ftc.gov, and to the city's Office of Immigrant Affairs. If you are afraid to report, a legal help organization can help you do it safely.`,
  },
  translations: {
    es: {
      title: 'Cómo reconocer el fraude de inmigración',
      summary: 'Quién puede ayudarle legalmente con su caso de inmigración, las señales de una estafa y cómo denunciar el fraude.',
      body: `Cada año hay personas que pierden su dinero, y a veces su oportunidad de quedarse en Estados Unidos, por confiar en la persona equivocada. Aprenda a reconocer las señales de alerta.

## Quién puede darle asesoría legal de inmigración
Solo dos tipos de personas pueden darle asesoría legal o representarlo en un caso de inmigración:
- Un abogado con licencia en cualquier estado de Estados Unidos. Puede verificar la licencia en la página web del colegio de abogados del estado.
- Un representante acreditado por el DOJ que trabaja en una organización sin fines de lucro reconocida por el Departamento de Justicia de Estados Unidos. El Departamento de Justicia publica la lista de estas organizaciones y representantes.

## Un "notario" no es un abogado
En muchos países de América Latina, un notario público es un abogado. En Estados Unidos, un notario público solo puede ser testigo de firmas. Los notarios, consultores, agencias de viajes y "expertos en inmigración" no pueden darle asesoría legal, escoger sus formularios ni hablar por usted ante las autoridades de inmigración.

## Señales de alerta
- Le prometen una green card, un permiso de trabajo o resultados rápidos, o dicen que tienen contactos especiales en USCIS.
- Le piden que firme un formulario en blanco o un formulario que usted no entiende.
- Ponen información falsa en sus formularios o le dicen que mienta.
- Se quedan con sus documentos originales, como su pasaporte o su acta de nacimiento.
- Le cobran por los formularios del gobierno. Los formularios son gratis en la página de USCIS, uscis.gov.
- No le dan un contrato por escrito ni un recibo.

## Protéjase
- Nunca firme un formulario en blanco ni un formulario con información falsa.
- Pida un contrato por escrito y un recibo por cada pago.
- Guarde una copia de todo lo que presente, y de cada carta y aviso de recibo de USCIS.
- Quédese con sus documentos originales. Entregue solo copias.
- Pida ver el número de licencia del abogado o la acreditación del representante.

## Si lo estafaron
Todavía puede recibir ayuda. Un abogado o un representante acreditado de confianza puede revisar su caso y decirle qué hacer. Puede denunciar el fraude ante la oficina de protección al consumidor del Fiscal General del estado, ante la Comisión Federal de Comercio en reportfraud.ftc.gov y ante la Oficina de Asuntos de Inmigrantes de la ciudad. Si tiene miedo de denunciar, una organización de ayuda legal le puede ayudar a hacerlo de forma segura.`,
    },
    ar: {
      title: 'كيف تكتشف الاحتيال في قضايا الهجرة',
      summary: 'من يحق له أن يساعدك في قضية الهجرة، وعلامات الاحتيال، وكيف تبلّغ عنه.',
      body: `كل سنة يخسر أشخاص أموالهم، وأحياناً فرصتهم في البقاء في الولايات المتحدة، لأنهم وثقوا بالشخص الخطأ. تعلّم علامات الخطر.

## من يحق له أن يعطيك استشارة قانونية في الهجرة
فقط نوعان من الأشخاص يحق لهما أن يعطياك استشارة قانونية أو يمثّلاك في قضية هجرة:
- محامٍ مرخّص في أي ولاية أمريكية. يمكنك التحقق من رخصة المحامي على موقع نقابة المحامين في الولاية.
- ممثل معتمد من وزارة العدل (DOJ) يعمل في منظمة غير ربحية معترف بها من وزارة العدل الأمريكية. تنشر وزارة العدل قائمة بهذه المنظمات والممثلين.

## "النوتاريو" ليس محامياً
في كثير من دول أمريكا اللاتينية، "النوتاريو" هو محامٍ. أما في الولايات المتحدة، فالموثّق العام (notary public) يستطيع فقط أن يشهد على التوقيعات. الموثّقون والمستشارون ووكالات السفر و"خبراء الهجرة" لا يحق لهم أن يعطوك استشارة قانونية، أو يختاروا لك النماذج، أو يتكلموا عنك مع سلطات الهجرة.

## علامات الخطر
- يعدونك بالبطاقة الخضراء أو تصريح عمل أو نتيجة سريعة، أو يقولون إن لهم معارف خاصة في USCIS.
- يطلبون منك أن توقّع نموذجاً فارغاً أو نموذجاً لا تفهمه.
- يكتبون معلومات كاذبة في نماذجك أو يطلبون منك أن تكذب.
- يحتفظون بوثائقك الأصلية، مثل جواز السفر أو شهادة الميلاد.
- يطلبون منك مالاً مقابل النماذج الحكومية. النماذج مجانية على موقع USCIS: uscis.gov.
- يرفضون أن يعطوك عقداً مكتوباً أو إيصالاً.

## احمِ نفسك
- لا توقّع أبداً نموذجاً فارغاً أو نموذجاً فيه معلومات كاذبة.
- اطلب عقداً مكتوباً وإيصالاً عن كل دفعة.
- احتفظ بنسخة من كل ما تقدّمه، ومن كل رسالة وإشعار استلام من USCIS.
- احتفظ بوثائقك الأصلية. أعطِ نسخاً فقط.
- اطلب أن ترى رقم المحامي في النقابة أو اعتماد الممثل.

## إذا تعرّضت للاحتيال
ما زال بإمكانك الحصول على مساعدة. يستطيع محامٍ أو ممثل معتمد موثوق أن يراجع قضيتك ويخبرك بما يجب فعله. يمكنك التبليغ عن الاحتيال لمكتب حماية المستهلك التابع للمدعي العام في الولاية، وللجنة التجارة الفيدرالية على reportfraud.ftc.gov، ولمكتب شؤون المهاجرين في المدينة. إذا كنت خائفاً من التبليغ، تستطيع منظمة مساعدة قانونية أن تساعدك على فعل ذلك بأمان.`,
    },
    fr: {
      title: "Reconnaître les arnaques à l'immigration",
      summary: "Qui a le droit de vous aider dans votre dossier d'immigration, les signes d'une arnaque et comment la signaler.",
      body: `Chaque année, des personnes perdent leur argent, et parfois leur chance de rester aux États-Unis, parce qu'elles ont fait confiance à la mauvaise personne. Apprenez à reconnaître les signes.

## Qui peut vous donner des conseils juridiques en immigration
Seules deux sortes de personnes peuvent vous donner des conseils juridiques ou vous représenter dans un dossier d'immigration :
- Un avocat autorisé à exercer dans un État américain. Vous pouvez vérifier sa licence sur le site du barreau de l'État.
- Un représentant accrédité par le DOJ qui travaille pour une organisation à but non lucratif reconnue par le ministère de la Justice des États-Unis. Le ministère de la Justice publie la liste de ces organisations et de ces représentants.

## Un « notario » n'est pas un avocat
Dans beaucoup de pays d'Amérique latine, un « notario público » est un juriste. Aux États-Unis, un notary public peut seulement servir de témoin pour des signatures. Les notarios, consultants, agences de voyage et « experts en immigration » ne peuvent pas vous donner de conseils juridiques, choisir vos formulaires ni parler à votre place aux autorités de l'immigration.

## Signes d'alerte
- On vous promet une carte verte, un permis de travail ou un résultat rapide, ou on prétend avoir des contacts spéciaux à l'USCIS.
- On vous demande de signer un formulaire vide ou que vous ne comprenez pas.
- On écrit de fausses informations dans vos formulaires ou on vous dit de mentir.
- On garde vos documents originaux, comme votre passeport ou votre acte de naissance.
- On vous fait payer les formulaires du gouvernement. Ils sont gratuits sur le site de l'USCIS, uscis.gov.
- On refuse de vous donner un contrat écrit ou un reçu.

## Protégez-vous
- Ne signez jamais un formulaire vide ou contenant de fausses informations.
- Demandez un contrat écrit et un reçu pour chaque paiement.
- Gardez une copie de tout ce que vous déposez, et de chaque lettre et avis de réception de l'USCIS.
- Gardez vos documents originaux. Ne donnez que des copies.
- Demandez à voir le numéro d'inscription au barreau de l'avocat ou l'accréditation du représentant.

## Si vous avez été victime
Il n'est pas trop tard pour obtenir de l'aide. Un avocat ou un représentant accrédité de confiance peut examiner votre dossier et vous dire quoi faire. Vous pouvez signaler la fraude au bureau de protection des consommateurs du procureur général de l'État, à la Federal Trade Commission sur reportfraud.ftc.gov et au Bureau des affaires des immigrants de la ville. Si vous avez peur de signaler, une organisation d'aide juridique peut vous aider à le faire en toute sécurité.`,
    },
    ht: {
      title: 'Kijan pou w rekonèt fwod imigrasyon',
      summary: 'Ki moun ki gen dwa ede w nan ka imigrasyon ou, siy ki montre se yon eskwokri, ak kijan pou w rapòte fwod.',
      body: `Chak ane, gen moun ki pèdi lajan yo, epi pafwa chans yo pou yo rete Ozetazini, paske yo te fè move moun konfyans. Aprann rekonèt siy danje yo.

## Ki moun ki ka ba w konsèy legal sou imigrasyon
Se sèlman de kalite moun ki ka ba w konsèy legal oswa reprezante w nan yon ka imigrasyon:
- Yon avoka ki gen lisans nan nenpòt eta Ozetazini. Ou ka verifye lisans li sou sit entènèt asosyasyon avoka eta a (state bar).
- Yon reprezantan DOJ akredite ki travay pou yon òganizasyon san bi likratif Depatman Jistis Etazini rekonèt. Depatman Jistis la pibliye lis òganizasyon ak reprezantan sa yo.

## Yon "notario" se pa yon avoka
Nan anpil peyi Amerik Latin, yon "notario público" se yon avoka. Ozetazini, yon notè piblik ka sèlman sèvi temwen pou siyati. Notario, konsiltan, ajans vwayaj ak "ekspè imigrasyon" pa ka ba w konsèy legal, chwazi fòm pou ou, ni pale pou ou ak otorite imigrasyon yo.

## Siy danje
- Yo pwomèt ou yon kat vèt, yon pèmi travay oswa yon rezilta rapid, oswa yo di yo gen moun yo konnen nan USCIS.
- Yo mande w siyen yon fòm ki vid oswa yon fòm ou pa konprann.
- Yo ekri fo enfòmasyon sou fòm ou yo oswa yo di w bay manti.
- Yo kenbe dokiman orijinal ou yo, tankou paspò ou oswa batistè ou.
- Yo fè w peye pou fòm gouvènman an. Fòm yo gratis sou sit USCIS la, uscis.gov.
- Yo pa vle ba w yon kontra ekri oswa yon resi.

## Pwoteje tèt ou
- Pa janm siyen yon fòm ki vid oswa yon fòm ki gen fo enfòmasyon.
- Mande yon kontra ekri ak yon resi pou chak peman.
- Kenbe yon kopi tout sa w depoze, ak chak lèt ak avi resi USCIS voye ba ou.
- Kenbe dokiman orijinal ou yo. Bay kopi sèlman.
- Mande wè nimewo lisans avoka a oswa akreditasyon reprezantan an.

## Si yo te twonpe w
Li pa twò ta pou w jwenn èd. Yon avoka oswa yon reprezantan akredite ou ka fè konfyans ka egzamine ka ou epi di w sa pou w fè. Ou ka rapòte fwod la bay biwo pwoteksyon konsomatè Pwokirè Jeneral eta a, bay Komisyon Federal Komès (FTC) sou reportfraud.ftc.gov, ak bay Biwo Zafè Imigran vil la. Si w pè rapòte, yon òganizasyon èd legal ka ede w fè l san danje.`,
    },
    pt: {
      title: 'Como reconhecer fraude de imigração',
      summary: 'Quem pode ajudar legalmente no seu processo de imigração, os sinais de um golpe e como denunciar.',
      body: `Todo ano, pessoas perdem dinheiro, e às vezes a chance de ficar nos Estados Unidos, porque confiaram na pessoa errada. Aprenda a reconhecer os sinais de alerta.

## Quem pode dar orientação jurídica de imigração
Só dois tipos de pessoas podem dar orientação jurídica ou representar você num processo de imigração:
- Um advogado licenciado em qualquer estado americano. Você pode conferir a licença no site da ordem dos advogados do estado (state bar).
- Um representante credenciado pelo DOJ que trabalha numa organização sem fins lucrativos reconhecida pelo Departamento de Justiça dos Estados Unidos. O Departamento de Justiça publica a lista dessas organizações e representantes.

## "Notário" não é advogado
Em muitos países da América Latina, o "notario público" é um advogado. Nos Estados Unidos, o notary public só pode servir de testemunha de assinaturas. Notários, consultores, agências de viagem e "especialistas em imigração" não podem dar orientação jurídica, escolher seus formulários nem falar por você com as autoridades de imigração.

## Sinais de alerta
- Prometem green card, permissão de trabalho ou resultado rápido, ou dizem ter contatos especiais no USCIS.
- Pedem que você assine um formulário em branco ou que você não entende.
- Colocam informações falsas nos seus formulários ou mandam você mentir.
- Ficam com seus documentos originais, como passaporte ou certidão de nascimento.
- Cobram pelos formulários do governo. Os formulários são gratuitos no site do USCIS, uscis.gov.
- Não dão contrato por escrito nem recibo.

## Proteja-se
- Nunca assine formulário em branco ou com informações falsas.
- Peça contrato por escrito e recibo de cada pagamento.
- Guarde cópia de tudo o que for enviado, e de cada carta e aviso de recebimento do USCIS.
- Fique com seus documentos originais. Entregue só cópias.
- Peça para ver o número de registro do advogado na ordem ou o credenciamento do representante.

## Se você foi enganado
Ainda dá para conseguir ajuda. Um advogado ou representante credenciado de confiança pode analisar seu caso e dizer o que fazer. Você pode denunciar a fraude ao escritório de defesa do consumidor do Procurador-Geral do estado, à Comissão Federal de Comércio em reportfraud.ftc.gov e ao Escritório de Assuntos de Imigrantes da cidade. Se tiver medo de denunciar, uma organização de ajuda jurídica pode ajudar você a fazer isso com segurança.`,
    },
    'zh-Hans': {
      title: '如何识别移民诈骗',
      summary: '谁可以合法地帮您办理移民案件，诈骗的警示信号，以及如何举报。',
      body: `每年都有人因为相信了不该相信的人，失去钱财，有时甚至失去留在美国的机会。请学会识别这些警示信号。

## 谁可以提供移民法律意见
只有两种人可以为您提供法律意见，或在移民案件中代表您：
- 在美国任何一个州持有执照的律师。您可以在该州律师协会的网站上查询律师执照。
- 司法部（DOJ）认可的代表，在经美国司法部认可的非营利机构工作。司法部会公布这些机构和代表的名单。

## "公证人"不是律师
在很多拉美国家，"notario público"是律师。但在美国，公证人（notary public）只能见证签名。公证人、顾问、旅行社和所谓的"移民专家"都不能提供法律意见，不能替您选择表格，也不能代表您和移民部门打交道。

## 警示信号
- 保证能拿到绿卡、工卡或很快出结果，或者声称在移民局（USCIS）有"关系"。
- 让您在空白表格或您看不懂的表格上签字。
- 在您的表格上填写虚假信息，或叫您说谎。
- 扣留您的原件，例如护照或出生证明。
- 向您收取政府表格的费用。表格在移民局网站 uscis.gov 上都可以免费下载。
- 不肯给您书面合同或收据。

## 保护自己
- 绝不在空白表格或有虚假信息的表格上签字。
- 要求签书面合同，每次付款都要收据。
- 保留所有递交材料的复印件，以及移民局寄来的每封信和收据通知。
- 原件自己保管，只交复印件。
- 要求查看律师的执照号码或代表的认可证明。

## 如果您被骗了
现在寻求帮助还不晚。可靠的律师或认可代表可以帮您检查案件，告诉您下一步怎么做。您可以向州总检察长的消费者保护办公室、联邦贸易委员会（reportfraud.ftc.gov）以及本市移民事务办公室举报诈骗。如果您害怕举报，法律援助机构可以帮助您安全地举报。`,
    },
    'fa-AF': {
      title: 'چطور فریبکاری مهاجرتی را بشناسیم',
      summary: 'چه کسی اجازه دارد در قضیه مهاجرتی به شما کمک کند، نشانه‌های فریبکاری، و چطور آن را گزارش بدهید.',
      body: `هر سال مردم پول خود را، و گاهی فرصت ماندن در ایالات متحده را، از دست می‌دهند چون به آدم نادرست اعتماد کرده‌اند. نشانه‌های خطر را بشناسید.

## چه کسی می‌تواند به شما مشوره حقوقی مهاجرتی بدهد
تنها دو نوع اشخاص می‌توانند به شما مشوره حقوقی بدهند یا در قضیه مهاجرتی از شما نمایندگی کنند:
- وکیلی که در یکی از ایالت‌های امریکا جواز دارد. می‌توانید جواز وکیل را در ویب‌سایت انجمن وکلای آن ایالت (state bar) چک کنید.
- نماینده تأیید شده DOJ که در یک سازمان غیرانتفاعی کار می‌کند که وزارت عدلیه امریکا آن را به رسمیت شناخته است. وزارت عدلیه فهرست این سازمان‌ها و نمایندگان را نشر می‌کند.

## "نوتاریو" وکیل نیست
در بسیاری از کشورهای امریکای لاتین، "notario público" یک حقوقدان است. اما در ایالات متحده، نوتری پبلک (notary public) تنها می‌تواند شاهد امضا باشد. نوتاریوها، مشاوران، آژانس‌های سفر و "متخصصین مهاجرت" نمی‌توانند مشوره حقوقی بدهند، فورم‌های شما را انتخاب کنند یا به جای شما با مقامات مهاجرت گپ بزنند.

## نشانه‌های خطر
- وعده گرین کارت، اجازه کار یا نتیجه سریع می‌دهند، یا می‌گویند در USCIS آشنای خاص دارند.
- از شما می‌خواهند یک فورم خالی یا فورمی را که نمی‌فهمید امضا کنید.
- معلومات دروغ در فورم‌های شما می‌نویسند یا به شما می‌گویند دروغ بگویید.
- اسناد اصلی شما، مثل پاسپورت یا سند تولد را نزد خود نگه می‌دارند.
- برای فورم‌های دولتی از شما پول می‌گیرند. فورم‌ها در ویب‌سایت USCIS (uscis.gov) رایگان هستند.
- قرارداد کتبی یا رسید نمی‌دهند.

## از خود محافظت کنید
- هیچ وقت فورم خالی یا فورمی که معلومات دروغ دارد امضا نکنید.
- برای هر پرداخت قرارداد کتبی و رسید بگیرید.
- از هر چیزی که تسلیم می‌کنید، و از هر نامه و رسید USCIS یک کاپی نگه دارید.
- اسناد اصلی را نزد خود نگه دارید. تنها کاپی بدهید.
- بخواهید نمبر جواز وکیل یا سند تأیید نماینده را ببینید.

## اگر فریب خورده‌اید
هنوز برای گرفتن کمک دیر نیست. یک وکیل یا نماینده تأیید شده قابل اعتماد می‌تواند قضیه شما را ببیند و بگوید چه کار کنید. می‌توانید فریبکاری را به دفتر حمایت از مصرف‌کننده لوی سارنوال (Attorney General) ایالت، به کمیسیون فدرال تجارت در reportfraud.ftc.gov، و به دفتر امور مهاجران شهر گزارش بدهید. اگر از گزارش دادن می‌ترسید، یک سازمان کمک حقوقی می‌تواند به شما کمک کند که این کار را به صورت مصئون انجام دهید.`,
    },
  },
};

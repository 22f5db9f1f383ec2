// Service templates: housing & shelter, food & basic needs, transportation.
import type { ServiceTemplate } from './types';

export const BASIC_NEEDS_TEMPLATES: ServiceTemplate[] = [
  {
    slug: 'tenant-rights-help',
    primary: 'housing-shelter',
    documents: ['lease'],
    fee: 'free',
    hours: 'walkInMornings',
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
      { org: 'connecticut-valley-legal-aid', hours: 'office', traits: { acceptsWalkIns: false, appointmentNeeded: true } },
      { org: 'riverton-workers-center' },
    ],
    text: {
      en: {
        name: 'Tenant rights help',
        summary: 'Get advice if your landlord wants to evict you, will not make repairs or keeps your deposit.',
        description:
          'Every tenant in Connecticut has rights, whatever their immigration status. We explain eviction papers, help you ask for repairs in writing and can find you a free lawyer for housing court. Do not ignore court papers: the deadlines are short.',
        eligibility: 'Tenants in Riverton with low or moderate income.',
        howToApply: ['Come in or call as soon as you get papers from your landlord or the court.', 'Bring your lease and all letters.'],
      },
      es: {
        name: 'Ayuda con los derechos de inquilinos',
        summary: 'Reciba consejo si el dueño quiere desalojarle, no hace reparaciones o no le devuelve el depósito.',
        description:
          'Todo inquilino en Connecticut tiene derechos, sin importar su estatus migratorio. Le explicamos los papeles de desalojo, le ayudamos a pedir reparaciones por escrito y podemos buscarle un abogado gratis para la corte de vivienda. No ignore los papeles de la corte: los plazos son cortos.',
        eligibility: 'Inquilinos de Riverton con ingresos bajos o moderados.',
        howToApply: ['Venga o llame en cuanto reciba papeles del dueño o de la corte.', 'Traiga su contrato y todas las cartas.'],
      },
      ar: {
        name: 'المساعدة في حقوق المستأجرين',
        summary: 'احصل على نصيحة إذا أراد المالك طردك، أو لا يصلح الأعطال، أو يحتفظ بالتأمين.',
        description:
          'لكل مستأجر في كونيتيكت حقوق مهما كان وضعه من الهجرة. نشرح لك أوراق الإخلاء، ونساعدك في طلب الإصلاحات كتابيًا، ويمكننا إيجاد محامٍ مجاني لك في محكمة السكن. لا تتجاهل أوراق المحكمة: المهل قصيرة.',
        eligibility: 'المستأجرون في ريفرتون من ذوي الدخل المنخفض أو المتوسط.',
        howToApply: ['تعال أو اتصل بمجرد وصول أوراق من المالك أو المحكمة.', 'أحضر عقد الإيجار وكل الرسائل.'],
      },
      fr: {
        name: 'Aide sur les droits des locataires',
        summary: 'Obtenez des conseils si votre propriétaire veut vous expulser, ne fait pas les réparations ou garde votre caution.',
        description:
          "Tout locataire au Connecticut a des droits, quel que soit son statut d'immigration. Nous expliquons les papiers d'expulsion, vous aidons à demander les réparations par écrit et pouvons vous trouver un avocat gratuit pour le tribunal du logement. N'ignorez pas les papiers du tribunal : les délais sont courts.",
        eligibility: 'Locataires de Riverton à revenus faibles ou moyens.',
        howToApply: ['Venez ou appelez dès que vous recevez des papiers du propriétaire ou du tribunal.', 'Apportez votre bail et toutes les lettres.'],
      },
      ht: {
        name: 'Èd sou dwa lokatè',
        summary: 'Jwenn konsèy si mèt kay la vle mete ou deyò, li pa fè reparasyon oswa li kenbe depo ou.',
        description:
          'Tout lokatè nan Connecticut gen dwa, kèlkeswa estati imigrasyon yo. Nou eksplike papye degèpisman yo, nou ede ou mande reparasyon alekri epi nou ka jwenn yon avoka gratis pou tribinal lojman. Pa inyore papye tribinal: dat limit yo kout.',
        eligibility: 'Lokatè nan Riverton ki gen ti revni oswa revni mwayen.',
        howToApply: ['Vini oswa rele touswit lè ou resevwa papye nan men mèt kay la oswa tribinal la.', 'Pote kontra lwaye ou ak tout lèt yo.'],
      },
      pt: {
        name: 'Ajuda com direitos do inquilino',
        summary: 'Receba orientação se o proprietário quer despejar você, não faz consertos ou não devolve o depósito.',
        description:
          'Todo inquilino em Connecticut tem direitos, qualquer que seja a situação imigratória. Explicamos os papéis de despejo, ajudamos a pedir consertos por escrito e podemos encontrar um advogado gratuito para o tribunal de moradia. Não ignore papéis do tribunal: os prazos são curtos.',
        eligibility: 'Inquilinos de Riverton com renda baixa ou média.',
        howToApply: ['Venha ou ligue assim que receber papéis do proprietário ou do tribunal.', 'Traga seu contrato e todas as cartas.'],
      },
      'zh-Hans': {
        name: '租户权利帮助',
        summary: '房东要赶您走、不修房子或扣押押金时，为您提供建议。',
        description: '在康涅狄格州，每位租户都享有权利，无论移民身份如何。我们为您解释驱逐文件，帮您书面要求维修，并可为您找到住房法庭的免费律师。不要忽视法庭文件：期限很短。',
        eligibility: 'Riverton 的中低收入租户。',
        howToApply: ['一收到房东或法庭的文件，就前来或打电话。', '带上租约和所有信件。'],
      },
      'fa-AF': {
        name: 'کمک در حقوق کرایه‌نشینان',
        summary: 'اگر صاحب‌خانه می‌خواهد شما را بیرون کند، ترمیم نمی‌کند یا پول گرو را پس نمی‌دهد، مشوره بگیرید.',
        description:
          'هر کرایه‌نشین در کنتیکت با هر وضعیت مهاجرتی حقوق دارد. ما اسناد اخراج را توضیح می‌دهیم، کمک می‌کنیم ترمیم را به‌صورت نوشته درخواست کنید و می‌توانیم برای محکمه مسکن وکیل رایگان پیدا کنیم. اسناد محکمه را نادیده نگیرید: مهلت‌ها کوتاه است.',
        eligibility: 'کرایه‌نشینان ریورتون با درآمد کم یا متوسط.',
        howToApply: ['به محض گرفتن اسناد از صاحب‌خانه یا محکمه بیایید یا زنگ بزنید.', 'قرارداد کرایه و همه نامه‌ها را بیاورید.'],
      },
    },
  },
  {
    slug: 'rental-assistance-application',
    primary: 'housing-shelter',
    secondary: 'money-taxes-benefits',
    documents: ['lease', 'proofOfIncome', 'photoId', 'householdInfo'],
    fee: 'free',
    hours: 'split',
    traits: {
      isFree: true,
      acceptsWalkIns: false,
      appointmentNeeded: true,
      interpreterAvailable: true,
      offeredOnline: true,
      offeredByPhone: true,
      ids: ['any_photo_id', 'foreign_passport', 'consular_id', 'municipal_id'],
      safety: 'government',
    },
    instances: [{ org: 'riverton-housing-authority' }, { org: 'riverton-health-and-human-services' }],
    text: {
      en: {
        name: 'Rental assistance application',
        summary: 'Apply for help paying rent or back rent, or for a housing voucher.',
        description:
          'If you are behind on rent or cannot afford your home, you may get help paying the landlord. We also take applications for housing vouchers, but waiting lists are long. Mixed-status families can apply: help is counted for the members who qualify.',
        eligibility: 'Low-income households in Riverton. Some programs require an eligible immigration status for at least one member.',
        howToApply: ['Call for an appointment or apply online.', 'Bring the documents on the list.', 'We tell you within 30 days if you are approved.'],
      },
      es: {
        name: 'Solicitud de ayuda con la renta',
        summary: 'Solicite ayuda para pagar la renta o renta atrasada, o un vale de vivienda.',
        description:
          'Si está atrasado con la renta o no puede pagar su vivienda, puede recibir ayuda para pagarle al dueño. También recibimos solicitudes de vales de vivienda, pero las listas de espera son largas. Las familias de estatus mixto pueden solicitar: la ayuda se calcula para los miembros que califican.',
        eligibility: 'Hogares de bajos ingresos en Riverton. Algunos programas exigen que al menos un miembro tenga un estatus migratorio elegible.',
        howToApply: ['Llame para hacer una cita o solicite en línea.', 'Traiga los documentos de la lista.', 'En 30 días le decimos si fue aprobado.'],
      },
      ar: {
        name: 'طلب مساعدة في الإيجار',
        summary: 'قدّم طلبًا للمساعدة في دفع الإيجار أو المتأخرات، أو للحصول على قسيمة سكن.',
        description:
          'إن تأخرت في دفع الإيجار أو لا تستطيع تحمّل تكلفة سكنك، قد تحصل على مساعدة للدفع للمالك. نستقبل أيضًا طلبات قسائم السكن، لكن قوائم الانتظار طويلة. يمكن للعائلات ذات الأوضاع المختلطة التقديم: تُحسب المساعدة للأفراد المؤهلين.',
        eligibility: 'الأسر ذات الدخل المنخفض في ريفرتون. بعض البرامج تشترط وضع هجرة مؤهلًا لفرد واحد على الأقل.',
        howToApply: ['اتصل لحجز موعد أو قدّم عبر الإنترنت.', 'أحضر المستندات المذكورة في القائمة.', 'نخبرك خلال 30 يومًا إن تمت الموافقة.'],
      },
      fr: {
        name: "Demande d'aide au loyer",
        summary: 'Demandez une aide pour payer le loyer ou des arriérés, ou un bon de logement.',
        description:
          "Si vous avez du retard de loyer ou ne pouvez plus payer votre logement, vous pouvez recevoir une aide versée au propriétaire. Nous prenons aussi les demandes de bons de logement, mais les listes d'attente sont longues. Les familles à statut mixte peuvent faire la demande : l'aide est calculée pour les membres admissibles.",
        eligibility: "Foyers à faibles revenus de Riverton. Certains programmes exigent qu'au moins un membre ait un statut d'immigration admissible.",
        howToApply: ['Appelez pour un rendez-vous ou faites la demande en ligne.', 'Apportez les documents de la liste.', 'Nous vous répondons sous 30 jours.'],
      },
      ht: {
        name: 'Aplikasyon pou èd lwaye',
        summary: 'Aplike pou èd pou peye lwaye oswa lwaye ou dwe, oswa pou yon koupon lojman.',
        description:
          'Si ou an reta pou lwaye oswa ou pa ka peye kay ou, ou ka jwenn èd pou peye mèt kay la. Nou resevwa aplikasyon pou koupon lojman tou, men lis datant yo long. Fanmi ki gen estati melanje ka aplike: yo kalkile èd la pou manm ki kalifye yo.',
        eligibility: 'Fanmi ki gen ti revni nan Riverton. Gen kèk pwogram ki mande pou omwen yon manm gen yon estati imigrasyon ki kalifye.',
        howToApply: ['Rele pou yon randevou oswa aplike sou entènèt.', 'Pote dokiman ki sou lis la.', 'Nan 30 jou n ap di ou si yo aksepte ou.'],
      },
      pt: {
        name: 'Pedido de ajuda com o aluguel',
        summary: 'Peça ajuda para pagar o aluguel ou aluguéis atrasados, ou um vale de moradia.',
        description:
          'Se você está com o aluguel atrasado ou não consegue pagar sua moradia, pode receber ajuda paga ao proprietário. Também recebemos pedidos de vale-moradia, mas as listas de espera são longas. Famílias de status misto podem pedir: a ajuda é calculada para os membros que têm direito.',
        eligibility: 'Famílias de baixa renda em Riverton. Alguns programas exigem que pelo menos um membro tenha situação imigratória elegível.',
        howToApply: ['Ligue para marcar um horário ou faça o pedido online.', 'Traga os documentos da lista.', 'Em até 30 dias informamos se foi aprovado.'],
      },
      'zh-Hans': {
        name: '租金援助申请',
        summary: '申请房租或欠租补助，或申请住房券。',
        description: '如果您拖欠房租或负担不起住房，可能获得补助直接付给房东。我们也受理住房券申请，但等候名单很长。混合身份家庭也可以申请：补助按符合条件的成员计算。',
        eligibility: 'Riverton 的低收入家庭。部分项目要求至少一名成员具有符合条件的移民身份。',
        howToApply: ['打电话预约或在网上申请。', '带上清单上的文件。', '我们会在 30 天内通知您是否获批。'],
      },
      'fa-AF': {
        name: 'درخواست کمک کرایه',
        summary: 'برای کمک در پرداخت کرایه یا کرایه‌های عقب‌افتاده، یا برای کوپون مسکن درخواست بدهید.',
        description:
          'اگر کرایه شما عقب افتاده یا نمی‌توانید کرایه خانه را بپردازید، ممکن است برای پرداخت به صاحب‌خانه کمک بگیرید. ما درخواست کوپون مسکن را هم می‌گیریم، اما لست انتظار طولانی است. فامیل‌هایی با وضعیت مختلط می‌توانند درخواست بدهند: کمک برای اعضای واجد شرایط حساب می‌شود.',
        eligibility: 'خانواده‌های کم‌درآمد در ریورتون. بعضی برنامه‌ها لازم دارند حداقل یک عضو وضعیت مهاجرتی واجد شرایط داشته باشد.',
        howToApply: ['برای وقت ملاقات زنگ بزنید یا آنلاین درخواست بدهید.', 'اسناد داخل فهرست را بیاورید.', 'در ظرف ۳۰ روز به شما می‌گوییم که قبول شده‌اید یا نه.'],
      },
    },
  },
  {
    slug: 'safe-shelter-for-domestic-violence-survivors',
    primary: 'housing-shelter',
    secondary: 'safety-emergencies',
    documents: [],
    fee: 'free',
    hours: 'alwaysOpen',
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
    instances: [
      {
        org: 'safe-harbor-riverton',
        at: [0],
        contacts: [
          {
            name: 'Rosa Delgado',
            title: 'Shelter program manager (staff and partners only)',
            email: 'rdelgado@safeharbor.example',
            phone: '(555) 016-7245',
            languages: ['en', 'es'],
            isPublic: false,
          },
        ],
      },
    ],
    text: {
      en: {
        name: 'Safe shelter for survivors of domestic violence',
        summary: 'A safe, confidential place to stay for people escaping abuse, and their children.',
        description:
          "The shelter's address is kept secret to protect the people who live there. You get a private room, meals, help from an advocate and support to find a new home. Children are welcome, and so are survivors of any gender.",
        eligibility: 'Adults escaping domestic or sexual violence, with their children. Immigration status does not matter.',
        howToApply: [
          'Call the 24-hour hotline; an advocate will talk with you.',
          'We arrange a safe way to get to the shelter.',
          'Bring medicines and important papers if you can do so safely.',
        ],
      },
      es: {
        name: 'Refugio seguro para sobrevivientes de violencia doméstica',
        summary: 'Un lugar seguro y confidencial para quedarse, para personas que escapan del abuso y sus hijos.',
        description:
          'La dirección del refugio es secreta para proteger a quienes viven allí. Recibe una habitación privada, comidas, ayuda de una consejera y apoyo para encontrar un nuevo hogar. Los niños son bienvenidos, y también sobrevivientes de cualquier género.',
        eligibility: 'Adultos que escapan de la violencia doméstica o sexual, con sus hijos. El estatus migratorio no importa.',
        howToApply: [
          'Llame a la línea de 24 horas; una consejera hablará con usted.',
          'Organizamos una forma segura de llegar al refugio.',
          'Traiga sus medicinas y papeles importantes si puede hacerlo sin peligro.',
        ],
      },
      ar: {
        name: 'ملجأ آمن للناجين من العنف الأسري',
        summary: 'مكان آمن وسري للإقامة لمن يهربون من الإساءة، ولأطفالهم.',
        description:
          'عنوان الملجأ سري لحماية المقيمين فيه. تحصل على غرفة خاصة، ووجبات، ومساعدة من مرشدة، ودعم لإيجاد بيت جديد. الأطفال مرحَّب بهم، وكذلك الناجون من أي جنس.',
        eligibility: 'البالغون الهاربون من العنف الأسري أو الجنسي، مع أطفالهم. وضع الهجرة لا يهم.',
        howToApply: [
          'اتصل بالخط الساخن على مدار 24 ساعة؛ ستتحدث معك مرشدة.',
          'نرتب طريقة آمنة للوصول إلى الملجأ.',
          'أحضر أدويتك وأوراقك المهمة إن استطعت ذلك بأمان.',
        ],
      },
      fr: {
        name: 'Refuge sûr pour les victimes de violence conjugale',
        summary: 'Un lieu sûr et confidentiel pour les personnes qui fuient la violence, et leurs enfants.',
        description:
          "L'adresse du refuge est tenue secrète pour protéger les personnes qui y vivent. Vous avez une chambre privée, des repas, l'aide d'une intervenante et un soutien pour trouver un nouveau logement. Les enfants sont bienvenus, et les victimes de tout genre aussi.",
        eligibility: "Adultes qui fuient la violence conjugale ou sexuelle, avec leurs enfants. Le statut d'immigration ne compte pas.",
        howToApply: [
          'Appelez la ligne 24 h/24 ; une intervenante vous parlera.',
          'Nous organisons un moyen sûr de venir au refuge.',
          'Apportez vos médicaments et papiers importants si vous pouvez le faire sans danger.',
        ],
      },
      ht: {
        name: 'Abri an sekirite pou moun ki sibi vyolans nan fanmi',
        summary: 'Yon kote ki an sekirite e sekrè pou moun k ap sove kite abi, ak pitit yo.',
        description:
          'Adrès abri a rete sekrè pou pwoteje moun ki rete ladan l. Ou jwenn yon chanm pou ou, manje, èd yon konseye ak sipò pou jwenn yon nouvo kay. Timoun byenveni, menm jan ak moun nenpòt sèks ki sibi vyolans.',
        eligibility: 'Granmoun k ap sove kite vyolans nan fanmi oswa vyolans seksyèl, ak pitit yo. Estati imigrasyon pa enpòtan.',
        howToApply: [
          'Rele liy 24 sou 24 la; yon konseye ap pale avè ou.',
          'Nou òganize yon fason ki an sekirite pou ou rive nan abri a.',
          'Pote medikaman ak papye enpòtan ou si ou ka fè sa san danje.',
        ],
      },
      pt: {
        name: 'Abrigo seguro para sobreviventes de violência doméstica',
        summary: 'Um lugar seguro e sigiloso para quem está fugindo de abuso, e seus filhos.',
        description:
          'O endereço do abrigo é mantido em segredo para proteger quem mora lá. Você recebe um quarto privativo, refeições, ajuda de uma orientadora e apoio para encontrar uma nova casa. Crianças são bem-vindas, assim como sobreviventes de qualquer gênero.',
        eligibility: 'Adultos fugindo de violência doméstica ou sexual, com seus filhos. A situação imigratória não importa.',
        howToApply: [
          'Ligue para a linha 24 horas; uma orientadora vai conversar com você.',
          'Combinamos uma forma segura de chegar ao abrigo.',
          'Traga remédios e documentos importantes se puder fazer isso com segurança.',
        ],
      },
      'zh-Hans': {
        name: '家庭暴力幸存者安全庇护所',
        summary: '为逃离虐待的人及其子女提供安全、保密的住处。',
        description: '为保护住户，庇护所地址保密。您将获得独立房间、餐食、辅导员的帮助，以及寻找新住处的支持。欢迎带孩子入住，也欢迎任何性别的幸存者。',
        eligibility: '逃离家庭暴力或性暴力的成人及其子女。移民身份无关紧要。',
        howToApply: ['拨打 24 小时热线，辅导员会与您交谈。', '我们会安排安全前往庇护所的方式。', '如果能安全做到，请带上药物和重要文件。'],
      },
      'fa-AF': {
        name: 'پناهگاه امن برای بازماندگان خشونت خانگی',
        summary: 'یک جای امن و محرم برای کسانی که از آزار فرار می‌کنند، و اطفال آن‌ها.',
        description:
          'آدرس پناهگاه برای حفاظت از ساکنان آن مخفی نگه داشته می‌شود. یک اتاق شخصی، غذا، کمک یک مشاور و حمایت برای پیدا کردن خانه جدید می‌گیرید. اطفال خوش‌آمدید و بازماندگان از هر جنسیت هم خوش‌آمدید.',
        eligibility: 'بزرگسالانی که از خشونت خانگی یا جنسی فرار می‌کنند، همراه با اطفال‌شان. وضعیت مهاجرتی مهم نیست.',
        howToApply: [
          'به خط ۲۴ ساعته زنگ بزنید؛ یک مشاور با شما صحبت می‌کند.',
          'ما یک راه امن برای رسیدن به پناهگاه ترتیب می‌دهیم.',
          'اگر به‌طور امن ممکن است، دواها و اسناد مهم خود را بیاورید.',
        ],
      },
    },
  },
  {
    slug: 'apartment-search-help',
    primary: 'housing-shelter',
    documents: ['photoId', 'proofOfIncome', 'householdInfo'],
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
    instances: [{ org: 'new-roots-refugee-services' }, { org: 'saint-brigid-migrant-services' }],
    text: {
      en: {
        name: 'Help finding an apartment',
        summary: 'Get help searching for an affordable apartment and talking with landlords.',
        description:
          'A housing specialist helps you look for apartments you can afford, fill in rental applications and understand a lease. We also explain your rights if a landlord refuses you because of where you come from.',
        eligibility: 'Newcomers and low-income families looking for housing in the Riverton area.',
        howToApply: ['Call to meet with a housing specialist.', 'Bring the documents on the list.', 'We search together and check in every week.'],
      },
      es: {
        name: 'Ayuda para encontrar apartamento',
        summary: 'Reciba ayuda para buscar un apartamento asequible y hablar con los dueños.',
        description:
          'Una especialista en vivienda le ayuda a buscar apartamentos que pueda pagar, llenar solicitudes de alquiler y entender un contrato. También le explicamos sus derechos si un dueño le rechaza por su país de origen.',
        eligibility: 'Recién llegados y familias de bajos ingresos que buscan vivienda en la zona de Riverton.',
        howToApply: ['Llame para reunirse con una especialista en vivienda.', 'Traiga los documentos de la lista.', 'Buscamos juntos y hablamos cada semana.'],
      },
      ar: {
        name: 'المساعدة في إيجاد شقة',
        summary: 'احصل على مساعدة في البحث عن شقة بسعر مناسب والتحدث مع الملاك.',
        description:
          'يساعدك أخصائي سكن في البحث عن شقق تستطيع دفع إيجارها، وملء طلبات الإيجار، وفهم العقد. ونشرح لك حقوقك أيضًا إذا رفضك مالك بسبب بلدك الأصلي.',
        eligibility: 'القادمون الجدد والعائلات ذات الدخل المنخفض الذين يبحثون عن سكن في منطقة ريفرتون.',
        howToApply: ['اتصل لمقابلة أخصائي السكن.', 'أحضر المستندات المذكورة في القائمة.', 'نبحث معًا ونتابع كل أسبوع.'],
      },
      fr: {
        name: 'Aide pour trouver un appartement',
        summary: 'Faites-vous aider pour chercher un appartement abordable et parler aux propriétaires.',
        description:
          "Un spécialiste du logement vous aide à chercher des appartements à votre portée, à remplir les demandes de location et à comprendre un bail. Nous vous expliquons aussi vos droits si un propriétaire vous refuse à cause de votre origine.",
        eligibility: 'Les nouveaux arrivants et les familles à faibles revenus qui cherchent un logement dans la région de Riverton.',
        howToApply: ['Appelez pour rencontrer un spécialiste du logement.', 'Apportez les documents de la liste.', 'Nous cherchons ensemble et faisons le point chaque semaine.'],
      },
      ht: {
        name: 'Èd pou jwenn yon apatman',
        summary: 'Jwenn èd pou chèche yon apatman ou ka peye epi pale ak mèt kay yo.',
        description:
          'Yon espesyalis lojman ede ou chèche apatman ou ka peye, ranpli aplikasyon pou lwe epi konprann yon kontra. Nou eksplike ou dwa ou tou si yon mèt kay refize ou akoz peyi ou soti.',
        eligibility: 'Moun ki fèk rive ak fanmi ki gen ti revni k ap chèche lojman nan zòn Riverton.',
        howToApply: ['Rele pou rankontre yon espesyalis lojman.', 'Pote dokiman ki sou lis la.', 'Nou chèche ansanm epi nou fè pwen chak semèn.'],
      },
      pt: {
        name: 'Ajuda para encontrar apartamento',
        summary: 'Receba ajuda para procurar um apartamento acessível e conversar com proprietários.',
        description:
          'Um especialista em moradia ajuda você a procurar apartamentos que cabem no seu bolso, preencher fichas de aluguel e entender o contrato. Também explicamos seus direitos se um proprietário recusar você por causa do seu país de origem.',
        eligibility: 'Recém-chegados e famílias de baixa renda que procuram moradia na região de Riverton.',
        howToApply: ['Ligue para falar com um especialista em moradia.', 'Traga os documentos da lista.', 'Procuramos juntos e conversamos toda semana.'],
      },
      'zh-Hans': {
        name: '找房帮助',
        summary: '帮助您寻找负担得起的公寓，并与房东沟通。',
        description: '住房专员帮助您寻找负担得起的公寓、填写租房申请并读懂租约。如果房东因为您的原籍国而拒绝您，我们也会向您说明您的权利。',
        eligibility: '在 Riverton 地区找房的新移民和低收入家庭。',
        howToApply: ['打电话约见住房专员。', '带上清单上的文件。', '我们一起找房，每周跟进。'],
      },
      'fa-AF': {
        name: 'کمک برای پیدا کردن آپارتمان',
        summary: 'برای جستجوی یک آپارتمان ارزان و صحبت با صاحب‌خانه‌ها کمک بگیرید.',
        description:
          'یک متخصص مسکن کمک می‌کند آپارتمان‌هایی را که توان پرداخت آن را دارید پیدا کنید، فورم‌های کرایه را پر کنید و قرارداد را بفهمید. اگر صاحب‌خانه به خاطر کشور اصلی شما را رد کند، حقوق شما را هم توضیح می‌دهیم.',
        eligibility: 'تازه‌واردان و فامیل‌های کم‌درآمد که در منطقه ریورتون دنبال خانه هستند.',
        howToApply: ['برای دیدن یک متخصص مسکن زنگ بزنید.', 'اسناد داخل فهرست را بیاورید.', 'با هم جستجو می‌کنیم و هر هفته پیگیری می‌کنیم.'],
      },
    },
  },
  {
    slug: 'emergency-food-pantry',
    primary: 'food-basic-needs',
    documents: [],
    fee: 'free',
    hours: 'pantry',
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
      { org: 'capital-valley-food-bank' },
      { org: 'islamic-center-of-riverton', hours: 'saturdayMorning' },
      { org: 'grace-community-church' },
      { org: 'konbit-haitian-community-center', hours: 'wednesdayEvening' },
    ],
    text: {
      en: {
        name: 'Emergency food pantry',
        summary: 'Free groceries for you and your family, with no questions about immigration status.',
        description:
          'Choose fresh fruit and vegetables, bread, canned food, rice and beans, and sometimes meat and diapers. Halal and vegetarian choices are often available. You can come once a week.',
        eligibility: 'Anyone who needs food. No ID or proof of income needed.',
        howToApply: [
          'Come during pantry hours and bring your own bags if you can.',
          'Give your first name and the number of people in your household; that is all.',
        ],
      },
      es: {
        name: 'Despensa de comida de emergencia',
        summary: 'Comida gratis para usted y su familia, sin preguntas sobre el estatus migratorio.',
        description:
          'Escoja frutas y verduras frescas, pan, enlatados, arroz y frijoles, y a veces carne y pañales. A menudo hay opciones halal y vegetarianas. Puede venir una vez por semana.',
        eligibility: 'Cualquier persona que necesite comida. No se pide identificación ni comprobante de ingresos.',
        howToApply: [
          'Venga en el horario de la despensa y traiga sus propias bolsas si puede.',
          'Diga su nombre y cuántas personas viven en su casa; eso es todo.',
        ],
      },
      ar: {
        name: 'بنك طعام للطوارئ',
        summary: 'مواد غذائية مجانية لك ولعائلتك، دون أي سؤال عن وضع الهجرة.',
        description:
          'اختر الفواكه والخضروات الطازجة والخبز والمعلبات والأرز والفاصولياء، وأحيانًا اللحوم والحفاضات. كثيرًا ما تتوفر خيارات حلال ونباتية. يمكنك المجيء مرة في الأسبوع.',
        eligibility: 'كل من يحتاج إلى طعام. لا حاجة لهوية أو إثبات دخل.',
        howToApply: [
          'تعال خلال ساعات التوزيع وأحضر أكياسك إن استطعت.',
          'أعطنا اسمك الأول وعدد أفراد أسرتك؛ هذا كل شيء.',
        ],
      },
      fr: {
        name: "Banque alimentaire d'urgence",
        summary: "Des courses gratuites pour vous et votre famille, sans question sur le statut d'immigration.",
        description:
          'Choisissez des fruits et légumes frais, du pain, des conserves, du riz et des haricots, et parfois de la viande et des couches. Des choix halal et végétariens sont souvent proposés. Vous pouvez venir une fois par semaine.',
        eligibility: "Toute personne qui a besoin de nourriture. Pas de pièce d'identité ni de justificatif de revenus.",
        howToApply: [
          'Venez pendant les heures de distribution et apportez vos sacs si possible.',
          "Donnez votre prénom et le nombre de personnes dans votre foyer ; c'est tout.",
        ],
      },
      ht: {
        name: 'Depo manje pou ijans',
        summary: 'Manje gratis pou ou ak fanmi ou, san kesyon sou estati imigrasyon.',
        description:
          'Chwazi fwi ak legim fre, pen, manje nan bwat, diri ak pwa, epi pafwa vyann ak kouchèt. Souvan gen chwa halal ak vejetaryen. Ou ka vini yon fwa chak semèn.',
        eligibility: 'Nenpòt moun ki bezwen manje. Ou pa bezwen pyès idantite ni prèv revni.',
        howToApply: [
          'Vini pandan lè depo a louvri epi pote pwòp sache ou si ou kapab.',
          'Bay premye non ou ak kantite moun lakay ou; se tout.',
        ],
      },
      pt: {
        name: 'Despensa de alimentos de emergência',
        summary: 'Alimentos gratuitos para você e sua família, sem perguntas sobre situação imigratória.',
        description:
          'Escolha frutas e verduras frescas, pão, enlatados, arroz e feijão, e às vezes carne e fraldas. Muitas vezes há opções halal e vegetarianas. Você pode vir uma vez por semana.',
        eligibility: 'Qualquer pessoa que precise de comida. Não é preciso documento nem comprovante de renda.',
        howToApply: [
          'Venha no horário da despensa e traga suas sacolas, se puder.',
          'Diga seu primeiro nome e quantas pessoas moram na sua casa; só isso.',
        ],
      },
      'zh-Hans': {
        name: '紧急食物站',
        summary: '为您和家人免费提供食品，不问移民身份。',
        description: '可以挑选新鲜水果蔬菜、面包、罐头、大米和豆类，有时还有肉类和尿布。通常有清真和素食选择。每周可以来一次。',
        eligibility: '任何需要食物的人。不需要证件或收入证明。',
        howToApply: ['在开放时间前来，如果可以请自带购物袋。', '只需告诉我们您的名字和家庭人数。'],
      },
      'fa-AF': {
        name: 'بانک غذای عاجل',
        summary: 'مواد غذایی رایگان برای شما و فامیل شما، بدون سؤال در مورد وضعیت مهاجرتی.',
        description:
          'میوه و سبزی تازه، نان، غذای قوطی، برنج و لوبیا، و گاهی گوشت و پمپرز انتخاب کنید. اکثراً غذای حلال و گیاهی هم موجود است. هفته‌ای یک بار می‌توانید بیایید.',
        eligibility: 'هر کسی که به غذا ضرورت دارد. کارت هویت یا سند درآمد لازم نیست.',
        howToApply: [
          'در ساعات توزیع بیایید و اگر می‌توانید خریطه خود را بیاورید.',
          'نام کوچک خود و تعداد اعضای خانه را بگویید؛ همین کافی است.',
        ],
      },
    },
  },
  {
    slug: 'snap-application-help',
    primary: 'food-basic-needs',
    secondary: 'money-taxes-benefits',
    documents: ['proofOfIncome', 'householdInfo', 'proofOfAddress', 'immigrationPapers'],
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
      safety: 'programRules',
    },
    instances: [
      { org: 'capital-valley-food-bank' },
      { org: 'riverton-health-and-human-services', traits: { safety: 'government' } },
    ],
    text: {
      en: {
        name: 'SNAP food benefits application help',
        summary: 'Apply for SNAP (food stamps) to buy groceries every month.',
        description:
          'SNAP puts money on a card each month to buy food. Many immigrant families qualify, at least for their children born here. Parents without papers can apply only for their children and do not have to give their own status. If you worry about your immigration case, ask us first.',
        eligibility: 'Low-income households. Children who are U.S. citizens can get SNAP even if their parents cannot.',
        howToApply: [
          'Call for an appointment, or ask for help by phone.',
          'Bring the documents on the list.',
          'We send the application and help you with the phone interview.',
        ],
      },
      es: {
        name: 'Ayuda para solicitar beneficios de comida SNAP',
        summary: 'Solicite SNAP (cupones de alimentos) para comprar comida cada mes.',
        description:
          'SNAP pone dinero en una tarjeta cada mes para comprar comida. Muchas familias inmigrantes califican, al menos para sus hijos nacidos aquí. Los padres sin papeles pueden solicitar solo para sus hijos y no tienen que dar su propio estatus. Si le preocupa su caso de inmigración, pregúntenos primero.',
        eligibility: 'Hogares de bajos ingresos. Los niños ciudadanos estadounidenses pueden recibir SNAP aunque sus padres no puedan.',
        howToApply: [
          'Llame para hacer una cita o pida ayuda por teléfono.',
          'Traiga los documentos de la lista.',
          'Enviamos la solicitud y le ayudamos con la entrevista por teléfono.',
        ],
      },
      ar: {
        name: 'المساعدة في طلب مساعدات SNAP الغذائية',
        summary: 'قدّم طلبًا على SNAP (قسائم الطعام) لشراء الطعام كل شهر.',
        description:
          'يضع برنامج SNAP مبلغًا على بطاقة كل شهر لشراء الطعام. كثير من العائلات المهاجرة مؤهلة، على الأقل لأطفالها المولودين هنا. يمكن للآباء الذين ليست لديهم أوراق التقديم لأطفالهم فقط دون ذكر وضعهم. إن كنت قلقًا على قضية الهجرة الخاصة بك، فاسألنا أولًا.',
        eligibility: 'الأسر ذات الدخل المنخفض. يمكن للأطفال المواطنين الأمريكيين الحصول على SNAP حتى لو لم يستطع آباؤهم.',
        howToApply: [
          'اتصل لحجز موعد، أو اطلب المساعدة عبر الهاتف.',
          'أحضر المستندات المذكورة في القائمة.',
          'نرسل الطلب ونساعدك في المقابلة الهاتفية.',
        ],
      },
      fr: {
        name: "Aide pour demander l'aide alimentaire SNAP",
        summary: 'Demandez le SNAP (bons alimentaires) pour acheter à manger chaque mois.',
        description:
          "Le SNAP verse chaque mois de l'argent sur une carte pour acheter de la nourriture. Beaucoup de familles immigrées y ont droit, au moins pour leurs enfants nés ici. Les parents sans papiers peuvent faire la demande uniquement pour leurs enfants sans donner leur propre statut. Si votre dossier d'immigration vous inquiète, demandez-nous d'abord.",
        eligibility: "Foyers à faibles revenus. Les enfants citoyens américains peuvent recevoir le SNAP même si leurs parents n'y ont pas droit.",
        howToApply: [
          'Appelez pour un rendez-vous ou demandez de l’aide par téléphone.',
          'Apportez les documents de la liste.',
          "Nous envoyons la demande et vous aidons pour l'entretien téléphonique.",
        ],
      },
      ht: {
        name: 'Èd pou aplike pou benefis manje SNAP',
        summary: 'Aplike pou SNAP (koupon manje) pou achte manje chak mwa.',
        description:
          'SNAP mete lajan sou yon kat chak mwa pou achte manje. Anpil fanmi imigran kalifye, omwen pou pitit yo ki fèt isit la. Paran ki pa gen papye ka aplike sèlman pou pitit yo, san yo pa bay pwòp estati pa yo. Si ou enkyete pou ka imigrasyon ou, mande nou anvan.',
        eligibility: 'Fanmi ki gen ti revni. Timoun ki sitwayen ameriken ka jwenn SNAP menm si paran yo pa kapab.',
        howToApply: [
          'Rele pou yon randevou, oswa mande èd nan telefòn.',
          'Pote dokiman ki sou lis la.',
          'Nou voye aplikasyon an epi nou ede ou ak entèvyou nan telefòn nan.',
        ],
      },
      pt: {
        name: 'Ajuda para pedir o benefício alimentar SNAP',
        summary: 'Peça o SNAP (vale-alimentação) para comprar comida todo mês.',
        description:
          'O SNAP coloca dinheiro num cartão todo mês para comprar comida. Muitas famílias imigrantes têm direito, pelo menos para os filhos nascidos aqui. Pais sem documentos podem pedir só para os filhos, sem informar a própria situação. Se você se preocupa com seu processo de imigração, pergunte-nos antes.',
        eligibility: 'Famílias de baixa renda. Crianças que são cidadãs americanas podem receber SNAP mesmo que os pais não possam.',
        howToApply: [
          'Ligue para marcar um horário ou peça ajuda por telefone.',
          'Traga os documentos da lista.',
          'Enviamos o pedido e ajudamos com a entrevista por telefone.',
        ],
      },
      'zh-Hans': {
        name: 'SNAP 食品福利申请帮助',
        summary: '申请 SNAP（食品券），每月用来购买食品。',
        description: 'SNAP 每月往一张卡里存钱，用于购买食品。很多移民家庭符合条件，至少可以为在美国出生的孩子申请。没有合法身份的父母可以只为孩子申请，不必提供自己的身份信息。如果担心影响您的移民案件，请先问我们。',
        eligibility: '低收入家庭。即使父母不符合条件，身为美国公民的孩子也可以领取 SNAP。',
        howToApply: ['打电话预约，或通过电话寻求帮助。', '带上清单上的文件。', '我们递交申请，并协助您完成电话面谈。'],
      },
      'fa-AF': {
        name: 'کمک برای درخواست کمک غذایی SNAP',
        summary: 'برای SNAP (کوپون غذا) درخواست بدهید تا هر ماه مواد غذایی بخرید.',
        description:
          'SNAP هر ماه پول را روی یک کارت می‌گذارد تا غذا بخرید. بسیاری از فامیل‌های مهاجر، حداقل برای اطفالی که اینجا تولد شده‌اند، واجد شرایط هستند. والدین بدون اسناد می‌توانند فقط برای اطفال خود درخواست بدهند و لازم نیست وضعیت خود را بگویند. اگر نگران قضیه مهاجرتی خود هستید، اول از ما بپرسید.',
        eligibility: 'خانواده‌های کم‌درآمد. اطفالی که تبعه امریکا هستند می‌توانند SNAP بگیرند، حتی اگر والدین‌شان نتوانند.',
        howToApply: [
          'برای وقت ملاقات زنگ بزنید، یا از طریق تلیفون کمک بخواهید.',
          'اسناد داخل فهرست را بیاورید.',
          'ما درخواست را می‌فرستیم و در مصاحبه تلیفونی کمک می‌کنیم.',
        ],
      },
    },
  },
  {
    slug: 'free-community-meals',
    primary: 'food-basic-needs',
    secondary: 'community-recreation',
    documents: [],
    fee: 'free',
    hours: 'meals',
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
    instances: [{ org: 'islamic-center-of-riverton', verifiedDaysAgo: 223 }, { org: 'grace-community-church' }],
    text: {
      en: {
        name: 'Free community meals',
        summary: 'A free hot dinner in a friendly place, open to everyone.',
        description:
          'Volunteers serve a hot meal with vegetarian and halal choices. Families with children are welcome. When there is extra, you can take home bread and fruit.',
        eligibility: 'Everyone. No questions asked.',
        howToApply: ['Just come during meal hours.', 'If you have a food allergy, tell a volunteer.'],
      },
      es: {
        name: 'Comidas comunitarias gratis',
        summary: 'Una cena caliente gratis en un lugar amable, abierta a todos.',
        description:
          'Voluntarios sirven una comida caliente con opciones vegetarianas y halal. Las familias con niños son bienvenidas. Cuando sobra, puede llevarse pan y fruta a casa.',
        eligibility: 'Todos. Sin preguntas.',
        howToApply: ['Solo venga en el horario de comida.', 'Si tiene alguna alergia a alimentos, avise a un voluntario.'],
      },
      ar: {
        name: 'وجبات مجتمعية مجانية',
        summary: 'عشاء ساخن مجاني في مكان ودود، مفتوح للجميع.',
        description:
          'يقدم متطوعون وجبة ساخنة مع خيارات نباتية وحلال. العائلات مع الأطفال مرحَّب بها. عندما يزيد الطعام يمكنك أخذ خبز وفاكهة إلى البيت.',
        eligibility: 'الجميع. بلا أسئلة.',
        howToApply: ['تعال فقط في أوقات الوجبات.', 'إن كانت لديك حساسية من طعام ما، فأخبر أحد المتطوعين.'],
      },
      fr: {
        name: 'Repas communautaires gratuits',
        summary: 'Un dîner chaud gratuit dans un lieu convivial, ouvert à tous.',
        description:
          "Des bénévoles servent un repas chaud avec des choix végétariens et halal. Les familles avec enfants sont les bienvenues. Quand il en reste, vous pouvez emporter du pain et des fruits.",
        eligibility: 'Tout le monde. Aucune question posée.',
        howToApply: ['Venez simplement aux heures du repas.', 'Si vous avez une allergie alimentaire, dites-le à un bénévole.'],
      },
      ht: {
        name: 'Manje kominotè gratis',
        summary: 'Yon dine cho gratis nan yon kote zanmitay, louvri pou tout moun.',
        description:
          'Volontè sèvi yon manje cho ak chwa vejetaryen ak halal. Fanmi ak timoun byenveni. Lè gen rès, ou ka pote pen ak fwi lakay ou.',
        eligibility: 'Tout moun. Pa gen kesyon.',
        howToApply: ['Jis vini pandan lè manje a.', 'Si ou fè alèji ak kèk manje, di yon volontè sa.'],
      },
      pt: {
        name: 'Refeições comunitárias gratuitas',
        summary: 'Um jantar quente gratuito num lugar acolhedor, aberto a todos.',
        description:
          'Voluntários servem uma refeição quente com opções vegetarianas e halal. Famílias com crianças são bem-vindas. Quando sobra, você pode levar pão e frutas para casa.',
        eligibility: 'Todos. Sem perguntas.',
        howToApply: ['É só vir no horário da refeição.', 'Se tiver alergia a algum alimento, avise um voluntário.'],
      },
      'zh-Hans': {
        name: '免费社区餐',
        summary: '在温馨的地方享用免费热晚餐，欢迎所有人。',
        description: '志愿者供应热饭菜，有素食和清真选择。欢迎带孩子的家庭。有剩余时，可以带面包和水果回家。',
        eligibility: '所有人。不问任何问题。',
        howToApply: ['在用餐时间直接前来即可。', '如有食物过敏，请告诉志愿者。'],
      },
      'fa-AF': {
        name: 'غذای رایگان اجتماعی',
        summary: 'یک نان شب گرم و رایگان در یک جای دوستانه، برای همه.',
        description:
          'رضاکاران غذای گرم با انتخاب‌های گیاهی و حلال می‌دهند. فامیل‌ها با اطفال خوش‌آمدید. وقتی اضافه باشد، می‌توانید نان و میوه به خانه ببرید.',
        eligibility: 'همه. هیچ سؤالی پرسیده نمی‌شود.',
        howToApply: ['فقط در ساعات غذا بیایید.', 'اگر به غذایی حساسیت دارید، به یک رضاکار بگویید.'],
      },
    },
  },
  {
    slug: 'reduced-fare-bus-pass',
    primary: 'transportation',
    documents: ['photoId', 'proofOfIncome'],
    fee: 'reducedFare',
    hours: 'office',
    traits: {
      isFree: false,
      acceptsWalkIns: true,
      appointmentNeeded: false,
      interpreterAvailable: false,
      offeredOnline: false,
      offeredByPhone: false,
      ids: ['any_photo_id', 'foreign_passport', 'consular_id', 'municipal_id', 'state_id'],
      safety: 'welcoming',
    },
    instances: [
      { org: 'riverton-area-transit' },
      { org: 'riverton-health-and-human-services', hours: 'split', verifiedDaysAgo: 275 },
    ],
    text: {
      en: {
        name: 'Reduced-fare bus pass',
        summary: 'Ride the bus for half price if you are over 65, have a disability or have a low income.',
        description:
          'Show proof that you qualify, such as a Medicaid or SNAP card, and get a photo card the same day. The card works on all Riverton Area Transit buses.',
        eligibility: 'People 65 and older, people with disabilities, and people who get Medicaid, SNAP or WIC.',
        howToApply: [
          'Come to a customer service window.',
          'Bring an ID from any country and proof that you qualify.',
          'We take your photo and give you the card.',
        ],
      },
      es: {
        name: 'Pase de autobús con tarifa reducida',
        summary: 'Viaje en autobús a mitad de precio si tiene más de 65 años, una discapacidad o bajos ingresos.',
        description:
          'Muestre una prueba de que califica, como una tarjeta de Medicaid o SNAP, y reciba una tarjeta con foto el mismo día. La tarjeta sirve en todos los autobuses de Riverton Area Transit.',
        eligibility: 'Personas de 65 años o más, personas con discapacidad y personas que reciben Medicaid, SNAP o WIC.',
        howToApply: [
          'Venga a una ventanilla de atención al cliente.',
          'Traiga una identificación de cualquier país y una prueba de que califica.',
          'Le tomamos una foto y le damos la tarjeta.',
        ],
      },
      ar: {
        name: 'بطاقة حافلة بأجرة مخفضة',
        summary: 'اركب الحافلة بنصف السعر إن كان عمرك فوق 65 أو لديك إعاقة أو دخلك منخفض.',
        description:
          'أظهر ما يثبت أحقيتك، مثل بطاقة Medicaid أو SNAP، واحصل على بطاقة بصورتك في اليوم نفسه. تعمل البطاقة في كل حافلات Riverton Area Transit.',
        eligibility: 'من عمرهم 65 سنة فأكثر، وذوو الإعاقة، ومن يحصلون على Medicaid أو SNAP أو WIC.',
        howToApply: [
          'تعال إلى نافذة خدمة العملاء.',
          'أحضر هوية من أي بلد وما يثبت أحقيتك.',
          'نلتقط صورتك ونعطيك البطاقة.',
        ],
      },
      fr: {
        name: 'Carte de bus à tarif réduit',
        summary: 'Prenez le bus à moitié prix si vous avez plus de 65 ans, un handicap ou de faibles revenus.',
        description:
          "Montrez une preuve de votre droit, comme une carte Medicaid ou SNAP, et recevez une carte avec photo le jour même. La carte est valable dans tous les bus de Riverton Area Transit.",
        eligibility: 'Les personnes de 65 ans et plus, les personnes handicapées et les bénéficiaires de Medicaid, du SNAP ou du WIC.',
        howToApply: [
          'Venez à un guichet du service client.',
          "Apportez une pièce d'identité de n'importe quel pays et une preuve de votre droit.",
          'Nous prenons votre photo et vous donnons la carte.',
        ],
      },
      ht: {
        name: 'Kat bis pri redui',
        summary: 'Pran bis la pou mwatye pri si ou gen plis pase 65 an, ou gen yon andikap oswa ou gen ti revni.',
        description:
          'Montre yon prèv ou kalifye, tankou yon kat Medicaid oswa SNAP, epi resevwa yon kat ak foto ou menm jou a. Kat la mache nan tout bis Riverton Area Transit.',
        eligibility: 'Moun 65 an oswa plis, moun ki gen andikap, ak moun ki resevwa Medicaid, SNAP oswa WIC.',
        howToApply: [
          'Vini nan yon gichè sèvis kliyan.',
          'Pote yon pyès idantite nenpòt peyi ak yon prèv ou kalifye.',
          'Nou pran foto ou epi nou ba ou kat la.',
        ],
      },
      pt: {
        name: 'Passe de ônibus com tarifa reduzida',
        summary: 'Ande de ônibus pela metade do preço se tiver mais de 65 anos, alguma deficiência ou baixa renda.',
        description:
          'Mostre um comprovante de que tem direito, como o cartão do Medicaid ou do SNAP, e receba um cartão com foto no mesmo dia. O cartão vale em todos os ônibus da Riverton Area Transit.',
        eligibility: 'Pessoas com 65 anos ou mais, pessoas com deficiência e quem recebe Medicaid, SNAP ou WIC.',
        howToApply: [
          'Venha a um guichê de atendimento ao cliente.',
          'Traga um documento de qualquer país e um comprovante de que tem direito.',
          'Tiramos sua foto e entregamos o cartão.',
        ],
      },
      'zh-Hans': {
        name: '公交优惠卡',
        summary: '65 岁以上、残障人士或低收入人士乘坐公交半价。',
        description: '出示符合条件的证明，例如 Medicaid 或 SNAP 卡，当天即可领取带照片的优惠卡。此卡适用于所有 Riverton Area Transit 公交车。',
        eligibility: '65 岁及以上老人、残障人士，以及领取 Medicaid、SNAP 或 WIC 的人。',
        howToApply: ['到客户服务窗口办理。', '带上任何国家的身份证件和符合条件的证明。', '我们为您拍照并发卡。'],
      },
      'fa-AF': {
        name: 'کارت بس با کرایه تخفیفی',
        summary: 'اگر بالای ۶۵ سال هستید، معلولیت دارید یا درآمد کم دارید، با نصف قیمت با بس سفر کنید.',
        description:
          'سندی نشان دهید که واجد شرایط هستید، مانند کارت Medicaid یا SNAP، و همان روز یک کارت عکس‌دار بگیرید. این کارت در همه بس‌های Riverton Area Transit کار می‌کند.',
        eligibility: 'افراد ۶۵ ساله و بالاتر، افراد دارای معلولیت، و کسانی که Medicaid، SNAP یا WIC می‌گیرند.',
        howToApply: [
          'به کلکین خدمات مشتریان بیایید.',
          'یک کارت هویت از هر کشوری و سندی که نشان دهد واجد شرایط هستید بیاورید.',
          'ما عکس شما را می‌گیریم و کارت را به شما می‌دهیم.',
        ],
      },
    },
  },
  {
    slug: 'learn-to-ride-the-bus',
    primary: 'transportation',
    documents: [],
    fee: 'free',
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
    instances: [{ org: 'riverton-area-transit' }, { org: 'new-roots-refugee-services' }],
    text: {
      en: {
        name: 'Learn to ride the bus',
        summary: 'A trainer rides the bus with you until you feel confident going on your own.',
        description:
          'Learn to read the bus map and schedule, pay the fare, use the app and ask the driver for your stop. Trainings are free, in a group or one-on-one.',
        eligibility: 'Newcomers, older adults and people with disabilities who live in the Riverton area.',
        howToApply: ['Call to schedule a training.', 'Tell us the trip you need to make, such as to work, school or the clinic.'],
      },
      es: {
        name: 'Aprenda a usar el autobús',
        summary: 'Un entrenador viaja en autobús con usted hasta que se sienta seguro de ir solo.',
        description:
          'Aprenda a leer el mapa y el horario del autobús, pagar el pasaje, usar la aplicación y pedirle al chofer su parada. Los entrenamientos son gratis, en grupo o individuales.',
        eligibility: 'Recién llegados, personas mayores y personas con discapacidad que viven en la zona de Riverton.',
        howToApply: ['Llame para programar un entrenamiento.', 'Díganos el viaje que necesita hacer, por ejemplo al trabajo, la escuela o la clínica.'],
      },
      ar: {
        name: 'تعلّم ركوب الحافلة',
        summary: 'يركب معك مدرّب الحافلة حتى تشعر بالثقة للذهاب وحدك.',
        description:
          'تعلّم قراءة خريطة الحافلات وجدولها، ودفع الأجرة، واستخدام التطبيق، وطلب محطتك من السائق. التدريبات مجانية، في مجموعة أو بشكل فردي.',
        eligibility: 'القادمون الجدد وكبار السن وذوو الإعاقة الذين يعيشون في منطقة ريفرتون.',
        howToApply: ['اتصل لتحديد موعد التدريب.', 'أخبرنا بالرحلة التي تحتاجها، مثل الذهاب إلى العمل أو المدرسة أو العيادة.'],
      },
      fr: {
        name: 'Apprendre à prendre le bus',
        summary: "Un formateur prend le bus avec vous jusqu'à ce que vous soyez à l'aise tout seul.",
        description:
          "Apprenez à lire le plan et les horaires, à payer le trajet, à utiliser l'appli et à demander votre arrêt au chauffeur. Les formations sont gratuites, en groupe ou individuelles.",
        eligibility: 'Les nouveaux arrivants, les personnes âgées et les personnes handicapées de la région de Riverton.',
        howToApply: ['Appelez pour fixer une formation.', "Dites-nous le trajet que vous devez faire, par exemple vers le travail, l'école ou la clinique."],
      },
      ht: {
        name: 'Aprann pran bis',
        summary: 'Yon antrenè pran bis la avè ou jiskaske ou santi ou ka ale pou kont ou.',
        description:
          'Aprann li kat ak orè bis la, peye tikè a, sèvi ak aplikasyon an epi mande chofè a arè ou. Fòmasyon yo gratis, an gwoup oswa yon sou yon.',
        eligibility: 'Moun ki fèk rive, granmoun aje ak moun ki gen andikap ki rete nan zòn Riverton.',
        howToApply: ['Rele pou pran yon randevou fòmasyon.', 'Di nou ki vwayaj ou bezwen fè, tankou pou ale travay, lekòl oswa klinik.'],
      },
      pt: {
        name: 'Aprenda a andar de ônibus',
        summary: 'Um instrutor anda de ônibus com você até você se sentir seguro para ir sozinho.',
        description:
          'Aprenda a ler o mapa e o horário dos ônibus, pagar a passagem, usar o aplicativo e pedir ao motorista o seu ponto. Os treinamentos são gratuitos, em grupo ou individuais.',
        eligibility: 'Recém-chegados, idosos e pessoas com deficiência que moram na região de Riverton.',
        howToApply: ['Ligue para agendar um treinamento.', 'Diga qual trajeto você precisa fazer, como para o trabalho, a escola ou a clínica.'],
      },
      'zh-Hans': {
        name: '学习乘坐公交车',
        summary: '培训员陪您一起乘车，直到您有信心独自出行。',
        description: '学习看公交线路图和时刻表、付车费、使用应用程序，以及请司机在您的车站停车。培训免费，可以小组或一对一进行。',
        eligibility: '居住在 Riverton 地区的新移民、老年人和残障人士。',
        howToApply: ['打电话预约培训。', '告诉我们您需要去的地方，例如上班、上学或去诊所。'],
      },
      'fa-AF': {
        name: 'یاد گرفتن سفر با بس',
        summary: 'یک مربی با شما در بس سفر می‌کند تا وقتی که بتوانید با اطمینان تنها بروید.',
        description:
          'یاد بگیرید نقشه و تقسیم اوقات بس را بخوانید، کرایه بپردازید، از اپلیکیشن استفاده کنید و از راننده بخواهید در ایستگاه شما توقف کند. آموزش رایگان است، گروهی یا انفرادی.',
        eligibility: 'تازه‌واردان، سالمندان و افراد دارای معلولیت که در منطقه ریورتون زندگی می‌کنند.',
        howToApply: ['برای تعیین وقت آموزش زنگ بزنید.', 'سفری را که لازم دارید بگویید، مثلاً به کار، مکتب یا کلینیک.'],
      },
    },
  },
  {
    slug: 'drivers-license-test-preparation',
    primary: 'transportation',
    documents: ['passport', 'proofOfAddress'],
    fee: 'free',
    hours: 'eveningClass',
    traits: {
      isFree: true,
      acceptsWalkIns: false,
      appointmentNeeded: false,
      interpreterAvailable: false,
      offeredOnline: false,
      offeredByPhone: false,
      ids: ['none_needed'],
      safety: 'welcoming',
    },
    instances: [
      { org: 'casa-do-brasil-riverton' },
      { org: 'afghan-community-association', hours: 'saturdayGroup' },
      { org: 'riverton-adult-education', at: [1] },
    ],
    text: {
      en: {
        name: "Driver's license test preparation",
        summary: 'Study for the Connecticut driving knowledge test, in your language.',
        description:
          'Connecticut gives a drive-only license to residents whatever their immigration status. We explain the rules of the road, practice test questions and help you gather documents and book the test at the DMV.',
        eligibility: 'Adults 18 and older who live in Connecticut.',
        howToApply: [
          'Sign up by phone or in person.',
          'Come to all classes, then book your test with our help.',
          'Bring the documents on the list to the DMV.',
        ],
      },
      es: {
        name: 'Preparación para el examen de manejo',
        summary: 'Estudie para el examen teórico de manejo de Connecticut, en su idioma.',
        description:
          'Connecticut da una licencia solo para manejar a los residentes sin importar su estatus migratorio. Explicamos las reglas de tránsito, practicamos las preguntas del examen y le ayudamos a reunir los documentos y a pedir la cita en el DMV.',
        eligibility: 'Adultos de 18 años o más que viven en Connecticut.',
        howToApply: [
          'Inscríbase por teléfono o en persona.',
          'Venga a todas las clases y luego pida su examen con nuestra ayuda.',
          'Lleve al DMV los documentos de la lista.',
        ],
      },
      ar: {
        name: 'التحضير لاختبار رخصة القيادة',
        summary: 'ادرس لاختبار القيادة النظري في كونيتيكت بلغتك.',
        description:
          'تمنح ولاية كونيتيكت رخصة للقيادة فقط للمقيمين مهما كان وضعهم من الهجرة. نشرح قواعد المرور، ونتدرب على أسئلة الاختبار، ونساعدك في جمع المستندات وحجز الاختبار في DMV.',
        eligibility: 'البالغون من عمر 18 سنة فما فوق الذين يعيشون في كونيتيكت.',
        howToApply: [
          'سجّل بالهاتف أو حضوريًا.',
          'احضر كل الدروس، ثم احجز اختبارك بمساعدتنا.',
          'أحضر المستندات المذكورة في القائمة إلى DMV.',
        ],
      },
      fr: {
        name: 'Préparation au permis de conduire',
        summary: 'Préparez le test théorique de conduite du Connecticut, dans votre langue.',
        description:
          "Le Connecticut délivre un permis « conduite seulement » aux résidents, quel que soit leur statut d'immigration. Nous expliquons le code de la route, faisons des questions d'entraînement et vous aidons à réunir les documents et à réserver le test au DMV.",
        eligibility: 'Adultes de 18 ans et plus qui vivent au Connecticut.',
        howToApply: [
          'Inscrivez-vous par téléphone ou sur place.',
          'Venez à tous les cours, puis réservez votre test avec notre aide.',
          'Apportez au DMV les documents de la liste.',
        ],
      },
      ht: {
        name: 'Preparasyon pou egzamen lisans kondui',
        summary: 'Etidye pou egzamen teyori kondui Connecticut la, nan lang ou.',
        description:
          'Connecticut bay rezidan li yo yon lisans "pou kondui sèlman" kèlkeswa estati imigrasyon yo. Nou eksplike règ wout la, nou pratike kesyon egzamen yo epi nou ede ou rasanble dokiman yo ak pran randevou egzamen an nan DMV.',
        eligibility: 'Granmoun 18 an oswa plis ki rete Connecticut.',
        howToApply: [
          'Enskri nan telefòn oswa an pèsòn.',
          'Vini nan tout klas yo, epi apre sa pran randevou egzamen ou ak èd nou.',
          'Pote dokiman ki sou lis la nan DMV.',
        ],
      },
      pt: {
        name: 'Preparação para a prova de habilitação',
        summary: 'Estude para a prova teórica de direção de Connecticut, no seu idioma.',
        description:
          'Connecticut emite uma carteira "só para dirigir" para moradores, qualquer que seja a situação imigratória. Explicamos as regras de trânsito, praticamos as perguntas da prova e ajudamos a reunir os documentos e agendar a prova no DMV.',
        eligibility: 'Adultos a partir de 18 anos que moram em Connecticut.',
        howToApply: [
          'Inscreva-se por telefone ou pessoalmente.',
          'Venha a todas as aulas e depois agende sua prova com a nossa ajuda.',
          'Leve ao DMV os documentos da lista.',
        ],
      },
      'zh-Hans': {
        name: '驾照考试辅导',
        summary: '用您的语言准备康涅狄格州驾驶笔试。',
        description: '康涅狄格州向居民发放"仅限驾驶"驾照，不论移民身份。我们讲解交通规则，练习考试题目，并帮助您准备文件、在 DMV 预约考试。',
        eligibility: '居住在康涅狄格州的 18 岁及以上成人。',
        howToApply: ['通过电话或亲自报名。', '参加所有课程，然后在我们的帮助下预约考试。', '带清单上的文件去 DMV。'],
      },
      'fa-AF': {
        name: 'آمادگی برای امتحان جواز رانندگی',
        summary: 'برای امتحان تیوری رانندگی کنتیکت به زبان خود آماده شوید.',
        description:
          'ایالت کنتیکت به باشندگان خود، با هر وضعیت مهاجرتی، جواز «فقط برای رانندگی» می‌دهد. ما قوانین ترافیک را توضیح می‌دهیم، سؤال‌های امتحان را تمرین می‌کنیم و در جمع کردن اسناد و گرفتن وقت امتحان در DMV کمک می‌کنیم.',
        eligibility: 'بزرگسالان ۱۸ ساله و بالاتر که در کنتیکت زندگی می‌کنند.',
        howToApply: [
          'از طریق تلیفون یا حضوری ثبت‌نام کنید.',
          'در همه درس‌ها شرکت کنید، بعد با کمک ما وقت امتحان بگیرید.',
          'اسناد داخل فهرست را به DMV ببرید.',
        ],
      },
    },
  },
];

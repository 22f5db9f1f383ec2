// Simplified Chinese (machine translation, not reviewed) and Chinese search terms,
// including words used in Chinese-American communities (白卡 = Medicaid, 工卡 = work permit).
import type { CategoryLocaleData } from './categories-base';

export const zhHans: CategoryLocaleData = {
  'legal-immigration': {
    name: '法律与移民援助',
    plainLabel: '我需要律师',
    description: '由执业律师和认可代表提供免费或低价的法律咨询，涉及移民、庇护、工作许可和其他法律问题。',
    synonyms: ['律师', '移民律师', '法律援助', '法律帮助', '免费律师', '移民', '绿卡', '签证', '庇护', '政治庇护', '驱逐出境', '遣返', '工卡', '工作许可', '身份', '移民法庭', 'daca', 'tps', '律师楼'],
  },
  'english-classes': {
    name: '英语与语言课程',
    plainLabel: '我想学英语',
    description: '为成人开设的免费或低价英语课，从初级到高级，可面授也可网上学习。',
    synonyms: ['英语', '英文', '英语课', '英文课', '学英语', '学英文', '免费英语课', '英语班', '成人英语', 'esl', 'english'],
  },
  'citizenship-civic': {
    name: '入籍与公民生活',
    plainLabel: '我想成为美国公民',
    description: '帮助您申请美国公民身份、准备入籍考试，并参与社区生活。',
    synonyms: ['公民', '入籍', '入籍考试', '公民考试', '归化', '成为公民', '公民入籍', 'n-400', '投票', '选民登记', '入籍面试'],
  },
  'education-schools': {
    name: '教育与学校',
    plainLabel: '我需要给孩子找学校',
    description: '帮孩子注册公立学校，幼儿教育项目，成人教育，GED 和大学。',
    synonyms: ['学校', '公立学校', '入学', '注册入学', '幼儿园', '学前班', '学前教育', '成人教育', 'ged', '大学', '高中', '奖学金', '补习'],
  },
  health: {
    name: '健康与心理健康',
    plainLabel: '我需要看医生',
    description: '诊所、低价医疗、牙科、心理健康支持，以及医疗保险方面的帮助。',
    synonyms: ['医生', '看病', '诊所', '医院', '健康', '牙医', '医疗保险', '医保', '白卡', 'medicaid', '心理健康', '心理咨询', '疫苗', '怀孕', '药房', '免费诊所'],
  },
  'housing-shelter': {
    name: '住房与庇护所',
    plainLabel: '我需要住的地方',
    description: '紧急庇护所、帮助找公寓、帮助交房租，以及租客的权利。',
    synonyms: ['住房', '房子', '租房', '公寓', '房租', '租金补助', '庇护所', '收容所', '无家可归', '驱逐', '房东', '租客', '租户权益', '出租房间'],
  },
  'food-basic-needs': {
    name: '食物与基本需求',
    plainLabel: '我需要食物',
    description: '食物银行、免费餐、SNAP（食品券）、WIC、衣物、尿布和家居用品。',
    synonyms: ['食物', '食品', '食物银行', '食品银行', '免费食物', '免费餐', '粮票', '食品券', 'snap', 'wic', '衣服', '尿布', '家具', '饿'],
  },
  'jobs-training': {
    name: '就业与培训',
    plainLabel: '我需要工作',
    description: '帮助找工作、职业培训、写简历，以及了解您在工作中的权利。',
    synonyms: ['工作', '找工作', '就业', '职业培训', '培训', '简历', '面试', '劳工权益', '工人权利', '拖欠工资', '工资', '招聘', '打工'],
  },
  'money-taxes-benefits': {
    name: '理财、报税与福利',
    plainLabel: '我需要理财方面的帮助',
    description: '免费报税、申请 ITIN、开银行账户、做预算，以及公共福利。',
    synonyms: ['报税', '税', '免费报税', '税号', 'itin', '银行账户', '开户', '银行', '钱', '预算', '信用', '福利', '现金补助', '贷款', '社安号'],
  },
  business: {
    name: '创业与小企业',
    plainLabel: '我想做生意',
    description: '帮助您开办或发展小企业：许可证、执照、贷款和课程。',
    synonyms: ['生意', '做生意', '小生意', '开公司', '创业', '小企业', '营业执照', '执照', '许可证', '商业贷款', '小额贷款', '摆摊', '自雇'],
  },
  transportation: {
    name: '交通',
    plainLabel: '我需要出行帮助',
    description: '公交车和火车、优惠票价、驾驶课程，以及去看病的接送服务。',
    synonyms: ['公交', '公交车', '巴士', '火车', '交通', '公共交通', '车票', '驾照', '驾驶执照', '学车', '优惠票价', '自行车', '汽车', '出租车'],
  },
  'family-children': {
    name: '家庭与儿童',
    plainLabel: '我的家庭需要帮助',
    description: '托儿服务、育儿支持、青少年和老年人项目，以及家庭服务。',
    synonyms: ['托儿', '托儿所', '日托', '儿童', '孩子', '家庭', '育儿', '父母', '青少年', '课后班', '夏令营', '老人', '长者', '保姆'],
  },
  'safety-emergencies': {
    name: '安全与紧急情况',
    plainLabel: '我觉得不安全',
    description: '为家庭暴力受害者、犯罪受害者、人口贩卖受害者和受灾者提供帮助，以及危机热线。',
    synonyms: ['紧急', '急救', '家暴', '家庭暴力', '虐待', '犯罪受害者', '警察', '报警', '人口贩卖', '性侵', '危机', '求助热线', '危险', '火灾', '灾难'],
  },
  'digital-skills': {
    name: '网络与数字技能',
    plainLabel: '我需要电脑方面的帮助',
    description: '免费电脑课、上网服务、低价设备，以及填写网上表格的帮助。',
    synonyms: ['电脑', '电脑课', '计算机', '上网', '网络', '互联网', '免费网络', 'wifi', '笔记本电脑', '手机', '电子邮件', '邮箱', '数字技能', '打印'],
  },
  'interpretation-translation': {
    name: '口译与笔译',
    plainLabel: '我需要翻译',
    description: '免费口译、文件翻译，以及您获得母语帮助的权利。',
    synonyms: ['翻译', '口译', '笔译', '翻译员', '译员', '文件翻译', '认证翻译', '语言帮助', '语言服务', '手语'],
  },
  'community-recreation': {
    name: '社区与休闲',
    plainLabel: '我想认识新朋友',
    description: '文化团体、宗教场所、体育运动、图书馆、公园和社区活动，让您认识邻居。',
    synonyms: ['社区', '活动', '运动', '体育', '足球', '图书馆', '公园', '娱乐', '文化中心', '教会', '寺庙', '清真寺', '志愿者', '交朋友', '节日'],
  },
};

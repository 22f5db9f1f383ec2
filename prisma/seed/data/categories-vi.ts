// Vietnamese (machine translation, not reviewed) and Vietnamese search terms, with and
// without tone marks (search folds them: "luat su" finds "luật sư"), and the English words
// Vietnamese Americans use ("thẻ xanh", "green card", "ESL", "food stamp", "medicaid").
import type { CategoryLocaleData } from './categories-base';

export const vi: CategoryLocaleData = {
  'legal-immigration': {
    name: 'Trợ giúp pháp lý và di trú',
    plainLabel: 'Tôi cần luật sư',
    description: 'Tư vấn pháp lý miễn phí hoặc chi phí thấp về di trú, tị nạn, giấy phép làm việc và các vấn đề pháp lý khác, từ luật sư có giấy phép và đại diện được công nhận.',
    synonyms: ['luật sư', 'luat su', 'luật sư di trú', 'luật sư miễn phí', 'pháp lý', 'tư vấn pháp lý', 'di trú', 'di tru', 'nhập cư', 'tị nạn', 'ti nan', 'trục xuất', 'visa', 'thị thực', 'thẻ xanh', 'the xanh', 'green card', 'giấy phép làm việc', 'giấy tờ', 'tòa di trú', 'lawyer'],
  },
  'english-classes': {
    name: 'Lớp tiếng Anh và ngoại ngữ',
    plainLabel: 'Tôi muốn học tiếng Anh',
    description: 'Lớp tiếng Anh miễn phí và chi phí thấp cho người lớn, từ sơ cấp đến nâng cao, học trực tiếp và trực tuyến.',
    synonyms: ['tiếng anh', 'tieng anh', 'học tiếng anh', 'hoc tieng anh', 'lớp tiếng anh', 'lop tieng anh', 'lớp anh văn', 'anh văn', 'anh van', 'anh ngữ', 'esl', 'english', 'tiếng anh miễn phí', 'tiêng anh'],
  },
  'citizenship-civic': {
    name: 'Quốc tịch và đời sống công dân',
    plainLabel: 'Tôi muốn nhập quốc tịch',
    description: 'Giúp nộp đơn xin quốc tịch Hoa Kỳ, lớp ôn thi quốc tịch và các cách tham gia vào cộng đồng của bạn.',
    synonyms: ['quốc tịch', 'quoc tich', 'nhập quốc tịch', 'nhap quoc tich', 'thi quốc tịch', 'ôn thi quốc tịch', 'công dân', 'cong dan', 'công dân mỹ', 'n-400', 'bầu cử', 'đi bầu', 'đăng ký cử tri', 'tuyên thệ', 'citizenship', 'quốc tich'],
  },
  'education-schools': {
    name: 'Giáo dục và trường học',
    plainLabel: 'Tôi cần trường cho con',
    description: 'Ghi danh cho trẻ vào trường công, chương trình cho trẻ nhỏ, giáo dục người lớn, GED và đại học.',
    synonyms: ['trường học', 'truong hoc', 'trường công', 'ghi danh', 'nhập học', 'đăng ký đi học', 'mẫu giáo', 'mau giao', 'nhà trẻ', 'kindergarten', 'ged', 'giáo dục người lớn', 'đại học', 'dai hoc', 'cao đẳng', 'trung học', 'học bổng', 'gia sư', 'truơng hoc'],
  },
  health: {
    name: 'Sức khỏe và sức khỏe tâm thần',
    plainLabel: 'Tôi cần bác sĩ',
    description: 'Phòng khám, chăm sóc sức khỏe chi phí thấp, nha khoa, hỗ trợ sức khỏe tâm thần và giúp đỡ về bảo hiểm y tế.',
    synonyms: ['bác sĩ', 'bac si', 'phòng khám', 'phong kham', 'sức khỏe', 'suc khoe', 'sức khoẻ', 'bệnh viện', 'benh vien', 'nha sĩ', 'nha khoa', 'bảo hiểm y tế', 'bảo hiểm sức khỏe', 'medicaid', 'medi-cal', 'tâm thần', 'tâm lý', 'chích ngừa', 'tiêm chủng', 'mang thai', 'nhà thuốc'],
  },
  'housing-shelter': {
    name: 'Nhà ở và chỗ tạm trú',
    plainLabel: 'Tôi cần chỗ ở',
    description: 'Chỗ tạm trú khẩn cấp, giúp tìm căn hộ, giúp trả tiền thuê nhà và quyền của người thuê nhà.',
    synonyms: ['nhà ở', 'nha o', 'chỗ ở', 'cho o', 'căn hộ', 'can ho', 'thuê nhà', 'thue nha', 'tiền nhà', 'tiền thuê nhà', 'tạm trú', 'nhà tạm trú', 'vô gia cư', 'bị đuổi nhà', 'chủ nhà', 'người thuê nhà', 'phòng cho thuê', 'section 8', 'apartment'],
  },
  'food-basic-needs': {
    name: 'Thực phẩm và nhu yếu phẩm',
    plainLabel: 'Tôi cần thực phẩm',
    description: 'Nơi phát thực phẩm, bữa ăn miễn phí, SNAP (phiếu thực phẩm), WIC, quần áo, tã và đồ dùng gia đình.',
    synonyms: ['thực phẩm', 'thuc pham', 'đồ ăn', 'do an', 'thức ăn', 'lương thực', 'phát thực phẩm', 'ngân hàng thực phẩm', 'bữa ăn miễn phí', 'snap', 'food stamp', 'phiếu thực phẩm', 'ebt', 'wic', 'quần áo', 'tã', 'tả lót', 'bàn ghế', 'đói', 'thưc phẩm'],
  },
  'jobs-training': {
    name: 'Việc làm và đào tạo',
    plainLabel: 'Tôi cần việc làm',
    description: 'Giúp tìm việc, đào tạo nghề, giúp viết sơ yếu lý lịch và quyền của bạn tại nơi làm việc.',
    synonyms: ['việc làm', 'viec lam', 'tìm việc', 'tim viec', 'công việc', 'đi làm', 'đào tạo nghề', 'dạy nghề', 'sơ yếu lý lịch', 'resume', 'phỏng vấn', 'quyền lao động', 'bị quỵt lương', 'lương', 'tuyển dụng', 'viêc lam'],
  },
  'money-taxes-benefits': {
    name: 'Tiền bạc, thuế và trợ cấp',
    plainLabel: 'Tôi cần giúp về tiền bạc',
    description: 'Khai thuế miễn phí, giúp làm ITIN, mở tài khoản ngân hàng, lập ngân sách và các trợ cấp công.',
    synonyms: ['thuế', 'thue', 'khai thuế', 'khai thue', 'khai thuế miễn phí', 'itin', 'tài khoản ngân hàng', 'ngân sách', 'tín dụng', 'vay tiền', 'trợ cấp', 'tro cap', 'phúc lợi', 'tiền mặt', 'an sinh xã hội', 'social security', 'tiền bạc', 'taxes'],
  },
  business: {
    name: 'Kinh doanh và khởi nghiệp',
    plainLabel: 'Tôi muốn mở doanh nghiệp',
    description: 'Giúp mở hoặc phát triển doanh nghiệp nhỏ: giấy phép, vay vốn và các lớp học.',
    synonyms: ['kinh doanh', 'kinh doanh nhỏ', 'doanh nghiệp', 'doanh nghiep', 'mở tiệm', 'mở tiệm nail', 'tiệm nail', 'tiệm', 'buôn bán', 'khởi nghiệp', 'giấy phép kinh doanh', 'llc', 'vay vốn', 'tự kinh doanh', 'food truck', 'business'],
  },
  transportation: {
    name: 'Đi lại',
    plainLabel: 'Tôi cần phương tiện đi lại',
    description: 'Xe buýt và tàu, vé giảm giá, tập lái xe và đưa đón đi khám bệnh.',
    synonyms: ['xe buýt', 'xe buyt', 'xe bus', 'tàu', 'tàu điện', 'giao thông', 'phương tiện', 'vé xe buýt', 'bằng lái', 'bang lai', 'bằng lái xe', 'tập lái xe', 'vé giảm giá', 'xe đạp', 'xe hơi', 'taxi', 'đưa đón', 'lịch xe buýt'],
  },
  'family-children': {
    name: 'Gia đình và trẻ em',
    plainLabel: 'Tôi cần giúp đỡ cho gia đình',
    description: 'Giữ trẻ, hỗ trợ cha mẹ, chương trình cho thanh thiếu niên và người cao tuổi, và các dịch vụ gia đình.',
    synonyms: ['giữ trẻ', 'giu tre', 'trông trẻ', 'nhà giữ trẻ', 'daycare', 'gia đình', 'gia dinh', 'cha mẹ', 'trẻ em', 'tre em', 'con cái', 'thanh thiếu niên', 'sau giờ tan trường', 'trại hè', 'người cao tuổi', 'người già', 'nguoi gia'],
  },
  'safety-emergencies': {
    name: 'An toàn và khẩn cấp',
    plainLabel: 'Tôi không cảm thấy an toàn',
    description: 'Giúp đỡ khi bị bạo hành gia đình, nạn nhân tội phạm, buôn người, thiên tai, và đường dây nóng khủng hoảng.',
    synonyms: ['khẩn cấp', 'khan cap', 'bạo hành gia đình', 'bao hanh', 'bạo lực gia đình', 'bạo lực', 'lạm dụng', 'nạn nhân', 'cảnh sát', 'buôn người', 'xâm hại tình dục', 'khủng hoảng', 'đường dây nóng', 'nguy hiểm', 'an toàn', 'hỏa hoạn', 'thiên tai', 'visa u'],
  },
  'digital-skills': {
    name: 'Internet và kỹ năng số',
    plainLabel: 'Tôi cần giúp về máy tính',
    description: 'Lớp vi tính miễn phí, truy cập internet, thiết bị giá rẻ và giúp điền đơn trực tuyến.',
    synonyms: ['máy tính', 'may tinh', 'vi tính', 'vi tinh', 'lớp vi tính', 'internet', 'mạng', 'wifi', 'laptop', 'máy tính xách tay', 'điện thoại thông minh', 'smartphone', 'email', 'trực tuyến', 'online', 'máy in', 'kỹ năng số'],
  },
  'interpretation-translation': {
    name: 'Thông dịch và biên dịch',
    plainLabel: 'Tôi cần thông dịch viên',
    description: 'Thông dịch viên miễn phí, dịch giấy tờ và quyền được hỗ trợ ngôn ngữ của bạn.',
    synonyms: ['thông dịch', 'thong dich', 'thông dịch viên', 'người thông dịch', 'phiên dịch', 'phien dich', 'biên dịch', 'dịch thuật', 'dich thuat', 'dịch giấy tờ', 'dịch hồ sơ', 'thủ ngữ', 'ngôn ngữ ký hiệu', 'interpreter'],
  },
  'community-recreation': {
    name: 'Cộng đồng và giải trí',
    plainLabel: 'Tôi muốn gặp gỡ mọi người',
    description: 'Hội nhóm văn hóa, nơi thờ phượng, thể thao, thư viện, công viên và các sự kiện nơi bạn có thể gặp gỡ hàng xóm.',
    synonyms: ['cộng đồng', 'cong dong', 'sự kiện', 'thể thao', 'the thao', 'bóng đá', 'thư viện', 'thu vien', 'công viên', 'cong vien', 'giải trí', 'trung tâm văn hóa', 'nhà thờ', 'chùa', 'tình nguyện', 'kết bạn', 'lễ hội', 'tết'],
  },
};

using GovCms.Contents;
using GovCms.Tenants;

namespace GovCms.Web.Demo;

internal sealed record DemoItem(string Type, string Title, string Summary, string Body, params string[] Categories);

internal static class DemoContent
{
    public static IEnumerable<DemoItem> For(TenantContext tenant)
    {
        var unit = tenant.DisplayName;
        var inSentence = SiteIdentity.InSentence(unit);
        yield return new DemoItem(ContentsModule.Page.Name, "Giới thiệu",
            $"Chức năng, nhiệm vụ và cơ cấu tổ chức của Ủy ban nhân dân {inSentence}.",
            $"""
            ## Chức năng, nhiệm vụ

            Ủy ban nhân dân {inSentence} là cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm
            trước Hội đồng nhân dân cùng cấp và cơ quan hành chính nhà nước cấp trên.

            ## Liên hệ

            - Địa chỉ: Trụ sở Ủy ban nhân dân {inSentence}
            - Điện thoại: 0237 3 852 000
            """);
        yield return new DemoItem(ContentsModule.Page.Name, "Hỏi đáp - Góp ý",
            "Cách gửi câu hỏi, phản ánh, kiến nghị đến Ủy ban nhân dân.",
            $"""
            Người dân, doanh nghiệp có thể gửi câu hỏi, phản ánh, kiến nghị đến Ủy ban nhân dân {inSentence}:

            - Trực tiếp tại Bộ phận tiếp nhận và trả kết quả, trụ sở Ủy ban nhân dân.
            - Qua điện thoại: 0237 3 852 000 (trong giờ hành chính).
            - Qua Cổng Dịch vụ công quốc gia: <https://dichvucong.gov.vn>.

            Ủy ban nhân dân trả lời trong thời hạn theo quy định của pháp luật.
            """);
        yield return new DemoItem(ContentsModule.Article.Name, $"{unit} triển khai kế hoạch chuyển đổi số năm 2026",
            "Hội nghị triển khai kế hoạch chuyển đổi số, đẩy mạnh dịch vụ công trực tuyến toàn trình.",
            """
            Sáng nay, Ủy ban nhân dân tổ chức hội nghị triển khai **kế hoạch chuyển đổi số năm 2026**.

            Các nhiệm vụ trọng tâm:

            1. Nâng tỷ lệ hồ sơ trực tuyến toàn trình.
            2. Số hóa kết quả giải quyết thủ tục hành chính.
            3. Tập huấn kỹ năng số cho cán bộ, công chức.
            """, "tin-tuc-su-kien", ContentsModule.FeaturedCategory);
        yield return new DemoItem(ContentsModule.Article.Name, "Thông báo lịch tiếp công dân tháng 12",
            "Lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân trong tháng 12.",
            "Chủ tịch Ủy ban nhân dân tiếp công dân định kỳ vào **ngày 15 hằng tháng** tại trụ sở.",
            "chi-dao-dieu-hanh");
        yield return new DemoItem(ContentsModule.Article.Name, "Ra quân tổng vệ sinh môi trường, phòng chống dịch bệnh",
            "Đoàn viên, thanh niên và nhân dân ra quân tổng vệ sinh môi trường.",
            "Hưởng ứng phong trào *Ngày Chủ nhật xanh*, các thôn, khu phố đồng loạt ra quân.",
            "tin-tuc-su-kien");
    }
}

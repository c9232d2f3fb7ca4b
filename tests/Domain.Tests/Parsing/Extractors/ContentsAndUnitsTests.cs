namespace NhacHan.Domain.Tests.Parsing.Extractors;

public class ContentsAndUnitsTests
{
    [Fact]
    public void Contents_one_per_numbered_item_about_fifteen_words()
    {
        var plan = Parse.Body("""
            II. NỘI DUNG BÁO CÁO

            1. Đánh giá kết quả lãnh đạo, chỉ đạo.

            2. Thảo luận, trao đổi những kết quả đạt được; những ưu điểm, hạn chế, những khó khăn vướng mắc khi triển khai thực hiện Chỉ thị; nhìn nhận rõ nguyên nhân.

            (Có phụ lục kèm theo).

            III. TỔ CHỨC THỰC HIỆN
            """);
        Assert.Equal(["Đánh giá kết quả lãnh đạo, chỉ đạo",
            "Thảo luận, trao đổi những kết quả đạt được; những ưu điểm, hạn chế"], plan.Contents);
    }

    [Fact]
    public void Contents_one_per_paragraph_when_not_numbered()
    {
        var plan = Parse.Body("III. NỘI DUNG THỰC HIỆN\nĐối với nội dung đại hội các cấp thực hiện theo Chỉ thị.\nĐối với nội dung phân cấp, giao Ban Tổ chức hướng dẫn.\nIV. NHIỆM VỤ CỤ THỂ\n");
        Assert.Equal(2, plan.Contents.Count);
        Assert.StartsWith("Đối với nội dung phân cấp", plan.Contents[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Contents_one_per_bullet_and_none_under_a_task_list_with_progress()
    {
        var bullets = Parse.Body("II. NỘI DUNG, HÌNH THỨC\n1. Nội dung học tập\n- Những kết quả nổi bật của nhiệm kỳ.\n- Mục tiêu, nhiệm vụ nhiệm kỳ mới.\n2. Hình thức\n");
        Assert.Equal(["Những kết quả nổi bật của nhiệm kỳ", "Mục tiêu, nhiệm vụ nhiệm kỳ mới"], bullets.Contents);
        var tasks = Parse.Body("II. NỘI DUNG VÀ TIẾN ĐỘ THỰC HIỆN\n1. Khảo sát thực trạng tại 12 xã, hoàn thành trong tháng 02/2025.\n2. Tổ chức hội nghị quán triệt trước ngày 15/4/2025.\n");
        Assert.Empty(tasks.Contents);
    }

    [Fact]
    public void Markdown_rule_is_no_duty_and_a_two_body_heading_is_who()
    {
        var plan = Parse.Body("IV. TỔ CHỨC THỰC HIỆN\n\n1. Đảng đoàn Hội đồng nhân dân thành phố, Ban cán sự đảng Ủy ban nhân dân thành phố\n- Lãnh đạo rà soát, sắp xếp các sở, ban, ngành theo hướng tinh gọn, hoàn thành chậm nhất ngày 31/3/2025.\n\n---\n");
        var unit = Assert.Single(plan.Units);
        Assert.StartsWith("Lãnh đạo rà soát, sắp xếp các sở", Assert.Single(unit.Duties), StringComparison.Ordinal);
        Assert.Equal("Đảng đoàn Hội đồng nhân dân thành phố, Ban cán sự đảng Ủy ban nhân dân thành phố", Assert.Single(plan.Deadlines).Who);
    }

    [Fact]
    public void Combined_heading_is_skipped_for_the_specific_one()
    {
        var plan = Parse.Body("II. NỘI DUNG, THỜI GIAN VÀ CÁC BƯỚC\n\n1. Hội nghị quán triệt\n\n2.1. Nội dung đại hội\n\n(1) Tổng kết nhiệm kỳ.\n\n(2) Bầu cấp ủy khóa mới.\n\n2.2. Thời gian\n");
        Assert.Equal(["Tổng kết nhiệm kỳ", "Bầu cấp ủy khóa mới"], plan.Contents);
    }

    [Fact]
    public void Units_with_labels_verbs_and_headings()
    {
        var plan = Parse.Body("""
            IV. TỔ CHỨC THỰC HIỆN

            1. Ban Tổ chức Tỉnh ủy: Chủ trì, phối hợp với Văn phòng Tỉnh ủy chuẩn bị nội dung.

            2. Các chi bộ, đảng bộ trực thuộc Huyện ủy tổng hợp số liệu, báo cáo kết quả. Chủ động đề xuất.

            3. Ủy ban Kiểm tra Huyện ủy

            - Nắm chắc tình hình đơn thư tố cáo.

            - Tham gia thẩm định nhân sự.

            Ban Thường vụ Huyện ủy yêu cầu các cấp ủy nghiêm túc thực hiện.
            """);
        Assert.Equal(["Ban Tổ chức Tỉnh ủy", "Các chi bộ, đảng bộ trực thuộc Huyện ủy", "Ủy ban Kiểm tra Huyện ủy"], plan.Units.Select(u => u.Unit));
        Assert.Equal(["tổng hợp số liệu, báo cáo kết quả", "Chủ động đề xuất"], plan.Units[1].Duties);
        Assert.Equal(["Nắm chắc tình hình đơn thư tố cáo", "Tham gia thẩm định nhân sự"], plan.Units[2].Duties);
    }

    [Fact]
    public void Grouped_bullets_are_units_one_by_one_and_repeated_units_merge()
    {
        var plan = Parse.Body("""
            V. NHIỆM VỤ CỤ THỂ

            1. Ban Tổ chức Tỉnh ủy:

            - Hướng dẫn cụ thể việc chuẩn bị đại hội.

            2. Các ban, Ủy ban Kiểm tra, Văn phòng Tỉnh ủy:

            - Ban Tuyên giáo Tỉnh ủy chủ trì xây dựng kế hoạch tuyên truyền.

            - Văn phòng Tỉnh ủy: Hướng dẫn kinh phí phục vụ đại hội.

            3. Giao Ban Tổ chức Tỉnh ủy chủ trì theo dõi, kiểm tra.

            Trong quá trình thực hiện, nếu có vướng mắc kịp thời báo cáo.
            """);
        Assert.Equal(["Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "Văn phòng Tỉnh ủy"], plan.Units.Select(u => u.Unit));
        Assert.Equal(["Hướng dẫn cụ thể việc chuẩn bị đại hội", "chủ trì theo dõi, kiểm tra"], plan.Units[0].Duties);
    }

    [Fact]
    public void Organisation_words_inside_unit_names_are_kept()
    {
        var plan = Parse.Body("IV. TỔ CHỨC THỰC HIỆN\n\n1. Các cấp ủy, tổ chức đảng, tập thể lãnh đạo cơ quan, đơn vị tập trung quán triệt Kế hoạch này.\n");
        Assert.Equal("Các cấp ủy, tổ chức đảng, tập thể lãnh đạo cơ quan, đơn vị", Assert.Single(plan.Units).Unit);
    }
}

namespace NhacHan.Domain.Tests.Parsing.Extractors;

public class SignatureAndRecipientsTests
{
    [Fact]
    public void On_behalf_role_and_name_skipping_a_stamp()
    {
        var plan = Parse.Body("I. NỘI DUNG\n\n1. Họp.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n\nSẢN\nCỘNG SẢN VIỆT NAM\nTỈNH ỦY\n\nTrần Quốc Toàn\n");
        Assert.Equal(new NhacHan.Domain.Plans.Signer("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Trần Quốc Toàn"), plan.Signer);
    }

    [Theory]
    [InlineData("Đại tá Nguyễn Hồng Phong")]
    [InlineData("Thiếu tướng Lê Văn An")]
    public void Name_printed_with_a_rank_keeps_the_rank(string name)
    {
        var plan = Parse.Body($"I. NỘI DUNG\n\n1. Họp.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\n{name}\n");
        Assert.Equal(new NhacHan.Domain.Plans.Signer("T/M BAN THƯỜNG VỤ", "BÍ THƯ", name), plan.Signer);
    }

    [Fact]
    public void Deputy_line_goes_to_deputy_for()
    {
        var plan = Parse.Body("I. NỘI DUNG\n\nT/M ĐẢNG ỦY\nK/T BÍ THƯ\nPHÓ BÍ THƯ\n\nNguyễn Thị Hoa\n");
        Assert.Equal("T/M ĐẢNG ỦY", plan.Signer!.OnBehalf);
        Assert.Equal("K/T BÍ THƯ", plan.Signer.DeputyFor);
        Assert.Equal("PHÓ BÍ THƯ", plan.Signer.Role);
        Assert.Equal("Nguyễn Thị Hoa", plan.Signer.Name);
    }

    [Fact]
    public void Markdown_bold_signature_over_two_lines()
    {
        var plan = Parse.Body("I. NỘI DUNG\n\n**T/M BAN THƯỜNG VỤ  \nPHÓ BÍ THƯ THƯỜNG TRỰC**\n\n**Hoàng Văn Hồng**");
        Assert.Equal(new NhacHan.Domain.Plans.Signer("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Hoàng Văn Hồng"), plan.Signer);
    }

    [Fact]
    public void Recipients_are_trimmed_and_two_line_items_joined()
    {
        var plan = Parse.Body("""
            I. NỘI DUNG

            Nơi nhận:
            - Ban Tổ chức Tỉnh ủy (b/c),
            - Đ/c Nguyễn Ngọc Vinh- Ủy viên BTV Tỉnh ủy,
            Chủ nhiệm UBKT Tỉnh ủy,
            - Ủy ban MTTQ, các tổ chức chính trị-xã hội
            huyện,
            - Lưu VPHU.

            T/M HUYỆN ỦY
            BÍ THƯ
            """);
        Assert.Equal(["Ban Tổ chức Tỉnh ủy (b/c)", "Đ/c Nguyễn Ngọc Vinh- Ủy viên BTV Tỉnh ủy, Chủ nhiệm UBKT Tỉnh ủy",
            "Ủy ban MTTQ, các tổ chức chính trị-xã hội huyện", "Lưu VPHU"], plan.Recipients);
    }

    [Fact]
    public void No_recipients_section_gives_an_empty_list() =>
        Assert.Empty(Parse.Body("I. NỘI DUNG\n\n1. Họp.\n").Recipients);
}

namespace NhacHan.Domain.Documents;

/// <summary>The Vietnamese messages an admin sees when a file cannot be read. One place, so wording stays consistent.</summary>
internal static class DocumentErrors
{
    public const string SupportedTypes = ".docx, .pdf, .txt hoặc .md";

    public static ParseError Empty() =>
        new(ParseErrorCode.Empty, "Tệp rỗng hoặc không có nội dung văn bản. Vui lòng kiểm tra lại tệp kế hoạch.");

    public static ParseError TooLarge(long bytes, long limit) =>
        new(ParseErrorCode.TooLarge,
            $"Tệp quá lớn ({Megabytes(bytes)} MB). Chỉ nhận tệp đến {Megabytes(limit)} MB; vui lòng gửi bản kế hoạch gọn hơn (bỏ ảnh, phụ lục không cần thiết).");

    public static ParseError ZipTooLarge() =>
        new(ParseErrorCode.TooLarge,
            "Tệp .docx khi giải nén quá lớn hoặc có cấu trúc bất thường (nghi là “bom nén”), nên không được mở. Vui lòng lưu lại tệp bằng Word rồi gửi lại.");

    public static ParseError TooComplex() =>
        new(ParseErrorCode.Corrupt,
            "Tệp .docx có cấu trúc lồng nhau quá sâu, không đọc được. Vui lòng lưu lại thành .docx đơn giản hơn hoặc xuất .pdf rồi gửi lại.");

    public static ParseError LegacyWordDoc() =>
        new(ParseErrorCode.LegacyWordDoc,
            "Định dạng .doc (Word cũ) không được hỗ trợ. Vui lòng lưu lại thành .docx hoặc xuất .pdf rồi gửi lại.");

    public static ParseError EncryptedOffice() =>
        new(ParseErrorCode.Corrupt,
            "Tệp Word được đặt mật khẩu nên không đọc được. Vui lòng gỡ mật khẩu (hoặc xuất .pdf) rồi gửi lại.");

    public static ParseError NotAWordDocument() =>
        new(ParseErrorCode.UnsupportedType,
            $"Tệp nén này không phải văn bản Word (.docx). Chỉ nhận tệp {SupportedTypes}.");

    public static ParseError CorruptDocx() =>
        new(ParseErrorCode.Corrupt,
            "Tệp .docx bị hỏng hoặc tải lên chưa hết, không mở được. Vui lòng mở bằng Word, lưu lại rồi gửi lại.");

    public static ParseError CorruptPdf() =>
        new(ParseErrorCode.Corrupt,
            "Tệp PDF bị hỏng, được đặt mật khẩu hoặc tải lên chưa hết, không đọc được. Vui lòng xuất lại PDF từ Word (không đặt mật khẩu) hoặc gửi bản .docx.");

    public static ParseError ScannedPdf() =>
        new(ParseErrorCode.ScannedPdf,
            "PDF không có lớp văn bản (bản scan). Vui lòng gửi bản .docx hoặc PDF xuất trực tiếp từ Word.");

    public static ParseError Corrupt(string fileName) =>
        new(ParseErrorCode.Corrupt,
            $"Không đọc được tệp “{fileName}”: tệp bị hỏng hoặc không đúng định dạng. Vui lòng kiểm tra lại và gửi tệp {SupportedTypes}.");

    public static ParseError ExtensionMismatch(string extension) =>
        new(ParseErrorCode.Corrupt,
            $"Tệp có đuôi {extension} nhưng nội dung không phải {extension}, có thể tệp bị hỏng. Vui lòng lưu lại rồi gửi lại.");

    public static ParseError Rtf() =>
        new(ParseErrorCode.UnsupportedType,
            $"Định dạng RTF không được hỗ trợ. Vui lòng mở bằng Word, lưu thành .docx hoặc xuất .pdf rồi gửi lại (chỉ nhận {SupportedTypes}).");

    public static ParseError Unsupported() =>
        new(ParseErrorCode.UnsupportedType,
            $"Loại tệp này không được hỗ trợ. Chỉ nhận tệp {SupportedTypes}. Nếu là tệp văn bản, vui lòng lưu với bảng mã UTF-8.");

    public static ParseError LegacyFont(LegacyFontFamily family, string sample) =>
        new(ParseErrorCode.LegacyVietnameseFont,
            $"Văn bản dùng phông chữ cũ {FamilyName(family)}, nên chữ tiếng Việt bị lỗi (ví dụ: “{sample}”). "
            + $"Vui lòng chuyển mã sang Unicode (ví dụ bằng Unikey: Công cụ chuyển mã, nguồn {SourceTable(family)}, đích Unicode), "
            + "đổi phông sang Times New Roman rồi gửi lại.");

    /// <summary>A warning (not an error) for a document with a few lines in a legacy font.</summary>
    public static string PartialLegacyFont(LegacyFontFamily family, string sample) =>
        $"Một phần văn bản dùng phông chữ cũ {FamilyName(family)} (ví dụ: “{sample}”); các dòng đó có thể bị đọc sai. "
        + "Nên chuyển mã sang Unicode rồi gửi lại.";

    private static string FamilyName(LegacyFontFamily family) => family switch
    {
        LegacyFontFamily.Tcvn3 => "TCVN3 (ABC, họ phông .VnTime)",
        _ => "VNI (họ phông VNI-Times)",
    };

    private static string SourceTable(LegacyFontFamily family) => family switch
    {
        LegacyFontFamily.Tcvn3 => "TCVN3 (ABC)",
        _ => "VNI Windows",
    };

    private static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
}

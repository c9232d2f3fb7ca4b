using System.Text;
using BenchmarkDotNet.Attributes;
using NhacHan.Domain.Parsing.Dates;

namespace NhacHan.Bench;

/// <summary>
/// The date grammar over real plan text (../shared/plans concatenated, or an embedded sample when absent):
/// once over the whole text and once per line, the way the parser calls it per paragraph.
/// MB/s = <see cref="Utf8Bytes"/> / mean time.
/// </summary>
[MemoryDiagnoser]
public class DateGrammarBenchmarks
{
    private static readonly DateOnly Reference = new(2025, 5, 9);
    private string _text = "";
    private string[] _paragraphs = [];

    public int Utf8Bytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = LoadCorpus();
        _paragraphs = _text.Split('\n');
        Utf8Bytes = Encoding.UTF8.GetByteCount(_text);
        Console.WriteLine($"// DateGrammar corpus: {_text.Length} chars, {Utf8Bytes} UTF-8 bytes, {_paragraphs.Length} lines");
    }

    [Benchmark(Baseline = true)]
    public int FindWholeText() => DateGrammar.Find(_text, Reference).Count;

    [Benchmark]
    public int FindPerParagraph()
    {
        var n = 0;
        foreach (var p in _paragraphs) n += DateGrammar.Find(p, Reference).Count;
        return n;
    }

    [Benchmark]
    public int FindRelativePerParagraph()
    {
        var n = 0;
        foreach (var p in _paragraphs) n += DateGrammar.FindRelative(p).Count;
        return n;
    }

    private static string LoadCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "plans"), Path.Combine(dir.FullName, "..", "shared", "plans") })
            {
                if (!Directory.Exists(candidate)) continue;
                var files = Directory.GetFiles(candidate, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToArray();
                if (files.Length > 0) return string.Join("\n", files.Select(File.ReadAllText));
            }
        }
        return string.Concat(Enumerable.Repeat(Sample, 60));
    }

    private const string Sample = """
        Tam Đường, ngày 09 tháng 5 năm 2025
        Thực hiện Chỉ thị số 45-CT/TW, ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp;
        Kế hoạch số 336-KH/TU, ngày 28/4/2025 của Tỉnh ủy về thực hiện Chỉ thị số 45-CT/TW.
        - Thời gian hoàn thành trước ngày 08/5/2025.
        (1) Đại hội chi bộ không quá 01 ngày, bắt đầu từ tháng 01/2025, hoàn thành trước ngày 31/3/2025.
        - Tổ chức triển khai, quán triệt hoàn thành trong tháng 8/2024; báo cáo chậm nhất ngày 01/5/2025.
        - Đầu tháng 7/2025 đến 15/7/2025, các đảng bộ trực thuộc hoàn thành thí điểm; Cuối tháng 10/2025, tổng kết.
        	Quý III/2024
        - Phân công cấp ủy viên khóa mới ngay sau đại hội theo đúng phương án nhân sự đại hội và yêu cầu thực tiễn.
        1. Thời gian: ½ ngày, 14h00 phút, ngày 27/02/2024 (Thứ Ba). Các đồng chí Ủy viên Ban Thường vụ dự.

        """;
}

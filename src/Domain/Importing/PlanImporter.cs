using NhacHan.Domain.Answers;
using NhacHan.Domain.Parsing;
using NhacHan.Domain.Storage;

namespace NhacHan.Domain.Importing;

/// <summary>What an upload would do: the parse result, the store's check and the admin's preview text.</summary>
public sealed record ImportPreview(PlanParseResult Parsed, ImportCheck? Check, RichText Text);

/// <summary>Parses an uploaded file, previews it against the store, and stores it on confirmation (audited).</summary>
public sealed class PlanImporter(IPlanStore store, IAuditLog audit, TimeProvider time)
{
    public ImportPreview Preview(string fileName, byte[] bytes)
    {
        var parsed = PlanFileParser.Parse(fileName, bytes);
        if (parsed.Plan is null)
            return new ImportPreview(parsed, null, RichText.Plain($"Không đọc được {fileName}: {parsed.Error?.Message}"));
        var check = store.Check(parsed.Plan, bytes);
        return new ImportPreview(parsed, check, PlanPreview.Render(parsed.Plan, check));
    }

    /// <summary>Stores a previewed plan. A failure stores nothing (the store's transaction) and is audited.</summary>
    public ImportOutcome Store(ImportPreview preview, string fileName, byte[] bytes, string uploadedBy)
    {
        var plan = preview.Parsed.Plan ?? throw new InvalidOperationException("Nothing to store: the file was not parsed.");
        try
        {
            var outcome = store.Save(plan, fileName, bytes, uploadedBy);
            var action = outcome.Disposition switch
            {
                ImportDisposition.Duplicate => "plan.duplicate",
                ImportDisposition.NewVersion => "plan.replaced",
                _ => "plan.saved",
            };
            var detail = outcome.Superseded.Count > 0
                ? $"{fileName}; supersedes {string.Join(", ", outcome.Superseded.Select(s => s.Id))}"
                : fileName;
            audit.Write(new AuditEntry(time.GetUtcNow(), uploadedBy, action, outcome.Stored.Id, detail));
            return outcome;
        }
        catch (Exception ex) when (ex is LiteDB.LiteException or IOException or InvalidOperationException)
        {
            audit.Write(new AuditEntry(time.GetUtcNow(), uploadedBy, "plan.failed", fileName, ex.Message));
            throw;
        }
    }

    /// <summary>Parse and store in one step (the CLI): null with the error text when the file cannot be read.</summary>
    public (ImportOutcome? Outcome, string? Error) Import(string fileName, byte[] bytes, string uploadedBy)
    {
        var preview = Preview(fileName, bytes);
        if (preview.Parsed.Plan is null) return (null, preview.Parsed.Error?.Message ?? "không đọc được tệp");
        return (Store(preview, fileName, bytes, uploadedBy), null);
    }
}

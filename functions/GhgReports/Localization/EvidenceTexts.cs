using GhgReports.Intake;

namespace GhgReports.Localization;

/// <summary>Why an evidence file (invoice, meter reading, verification statement) is refused, in both languages. Codes are stable.</summary>
public static class EvidenceTexts
{
    private static ProblemKind E(string code, string zh, string en) => new(code, Severity.Error, new(zh, en));

    public static readonly ProblemKind BadName = E("evidence-name",
        "文件名“{0}”不可用：只能是文件名本身（不含路径），不超过 {1} 个字符，不以“.”开头，不含控制字符或 \\ / : * ? \" < > |。",
        "The file name '{0}' cannot be used: give the name alone (no folder), at most {1} characters, not starting with '.', without control characters or \\ / : * ? \" < > |.");
    public static readonly ProblemKind Empty = E("evidence-empty",
        "文件为空。",
        "The file is empty.");
    public static readonly ProblemKind TooLarge = E("evidence-too-large",
        "文件大小 {0:N0} 字节，超过证据文件上限 {1:N0} 字节。请压缩扫描件或拆分后上传。",
        "The file is {0:N0} bytes, over the evidence limit of {1:N0} bytes. Compress the scan or split it, and upload again.");
    public static readonly ProblemKind UnknownType = E("evidence-type",
        "按文件内容无法识别为 PDF、PNG、JPEG 或 Excel 工作簿（.xlsx）。只接受这几种证据文件。",
        "By its content this is not a PDF, PNG, JPEG or Excel workbook (.xlsx). Only those are accepted as evidence.");
    public static readonly ProblemKind UnknownExtension = E("evidence-extension",
        "文件名以“{0}”结尾：证据文件只接受 {1}。",
        "The name ends in '{0}': evidence files are accepted as {1} only.");
    public static readonly ProblemKind ExtensionMismatch = E("evidence-extension",
        "文件内容是 {0}，但文件名以“{1}”结尾。请使用与内容相符的扩展名（{2}）。",
        "The content is {0} but the name ends in '{1}'. Use the extension that matches the content ({2}).");
    public static readonly ProblemKind ActiveContent = E("evidence-active-content",
        "PDF 含有可执行内容（{0}）。出于安全原因不接受：请打印为新的 PDF 后重新上传。",
        "The PDF carries active content ({0}). It is refused for security: print it to a fresh PDF and upload again.");
    public static readonly ProblemKind AlreadyStored = E("evidence-exists",
        "{0} 下已有同名证据文件“{1}”。证据文件只可新增、不可覆盖：请换一个文件名。",
        "Evidence named '{1}' is already stored under {0}. Evidence is never overwritten: give the new file another name.");

    public static readonly ProblemKind NotUploaded = E("evidence-not-uploaded",
        "{0} 中没有名为“{1}”的文件：上传没有完成。请重新选择文件上传。",
        "There is no file named '{1}' in {0}: the upload did not complete. Choose the file and upload it again.");

    /// <summary>A warning, not an error: evidence files may be attached after the workbook.</summary>
    public static readonly ProblemKind CitedFileMissing = new("evidence-file-missing", Severity.Warning, new(
        "第 {0} 行的“证据”列引用了文件“{1}”，但 {2} 中还没有这个文件。可以在提交工作簿之后再上传（网页的“证据文件”或 ghg upload --evidence）；在此之前报告包中缺少这项证据。",
        "Row {0} cites the file '{1}' as evidence, but {2} holds no such file yet. It may be attached after the workbook (the page's evidence files, or ghg upload --evidence); until then the pack lacks this evidence."));
    public static readonly Bilingual StoredFilesAre = new("{0} 中已有的证据文件：{1}", "Evidence files stored in {0}: {1}");
    public static readonly Bilingual NoFilesStored = new("上传到 {0} 的证据文件（目前还没有）", "An evidence file uploaded to {0} (none yet)");
}

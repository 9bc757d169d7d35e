using System.Text.RegularExpressions;

namespace Chujing.Web.Localization;

/// <summary>The Chinese wording of the attachment upload's messages.</summary>
public static partial class FormMessages
{
    private static readonly (Regex Pattern, Func<Match, string> Zh)[] AttachmentTranslations =
    [
        (Re(@"^choose a file to upload$"), _ => "请选择要上传的文件。"),
        (Re(@"^the file is empty$"), _ => "文件为空。"),
        (Re(@"^the file is an executable program \((.+)\); programs and scripts are refused$"), m => $"该文件是可执行程序（{m.Groups[1].Value}），程序和脚本不予接收。"),
        (Re(@"^the file is not a PDF, DOCX, XLSX, PNG or JPEG document"), _ => "该文件不是 PDF、Word (DOCX)、Excel (XLSX)、PNG 或 JPEG 文档（按文件内容识别，而非文件名）。"),
        (Re(@"^the PDF carries /(\w+)"), m => $"该 PDF 含有 /{m.Groups[1].Value}（JavaScript、启动动作或嵌入文件），请去除后再上传。"),
        (Re(@"^the name '(.+)' does not match the content, which is (.+); name it (\.\w+)$"), m => $"文件名“{m.Groups[1].Value}”与内容不符：内容是 {m.Groups[2].Value}，扩展名应为 {m.Groups[3].Value}。"),
        (Re(@"^the Office document carries macros \((.+)\)"), m => $"该 Office 文档含有宏（{m.Groups[1].Value}），请另存为不含宏的 .docx 或 .xlsx。"),
        (Re(@"^the Office document is macro-enabled"), _ => "该 Office 文档为启用宏的格式（.docm、.xlsm），请另存为不含宏的 .docx 或 .xlsx。"),
        (Re(@"^the Office document holds an ActiveX control or OLE object \((.+)\)"), m => $"该 Office 文档含有 ActiveX 控件或 OLE 对象（{m.Groups[1].Value}），可能携带程序，请删除后再上传。"),
        (Re(@"^the Office document holds an executable program \((.+)\) in (.+)$"), m => $"该 Office 文档的 {m.Groups[2].Value} 中含有可执行程序（{m.Groups[1].Value}）。"),
        (Re(@"^the Office document cannot be read"), _ => "无法读取该 Office 文档，文件可能已损坏。"),
        (Re(@"^the file is a ZIP archive, not a Word or Excel document$"), _ => "该文件是 ZIP 压缩包，不是 Word 或 Excel 文档。"),
        (Re(@"^the archive has more than (\d+) parts"), m => $"压缩包内的部件超过 {m.Groups[1].Value} 个，不是文档。"),
        (Re(@"^the file is larger than (\d+) MiB"), m => $"文件超过 {m.Groups[1].Value} MiB，超出附件大小上限。"),
        (Re(@"^filing (.+) already holds (\d+) attachments"), m => $"备案 {m.Groups[1].Value} 已有 {m.Groups[2].Value} 个附件，已达上限。"),
        (Re(@"^'(.*)' is not an attachment kind$"), m => $"“{m.Groups[1].Value}”不是附件类型，请从列表中选择。"),
        (Re(@"^the file name is required"), _ => "请提供文件名（不超过 200 个字符，不含控制字符）。"),
        (Re(@"^filing (.+) is ([a-z-]+); documents are attached to a filing that is not rejected, revoked or expired$"), m => $"备案 {m.Groups[1].Value} 的状态为“{Code("status", m.Groups[2].Value)}”，不能再上传附件。"),
        (Re(@"^filing (.+) is ([a-z-]+); documents are removed from a draft or a returned filing only$"), m => $"备案 {m.Groups[1].Value} 的状态为“{Code("status", m.Groups[2].Value)}”，只有草稿或退回补正的备案可以删除附件。"),
    ];
}

using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;

namespace GhgReports.Storage.Backups;

/// <summary>
/// One table entity as one line of JSON, with the Table Storage type of every property beside its value, so a restore
/// writes back an Edm.Int64 as an Int64 and an Edm.DateTime as a DateTime rather than whatever JSON would suggest:
/// <c>{"PartitionKey":"CP","RowKey":"…","Timestamp":"…","Properties":{"Locked":{"Type":"Edm.Boolean","Value":true}}}</c>.
/// Int64 values are written as strings (JSON readers lose digits past 2^53), binary as base64, doubles that JSON cannot
/// hold (NaN, ±Infinity) as strings. <c>Timestamp</c> is the service's and informative only: a restore cannot set it.
/// </summary>
internal static class BackupLines
{
    public static byte[] Write(TableEntity entity)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("PartitionKey", entity.PartitionKey);
            json.WriteString("RowKey", entity.RowKey);
            if (entity.Timestamp is { } timestamp)
            {
                json.WriteString("Timestamp", timestamp.ToString("O", CultureInfo.InvariantCulture));
            }
            json.WriteStartObject("Properties");
            foreach (var (name, value) in entity.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (IsSystemProperty(name) || value is null)
                {
                    continue;
                }
                json.WriteStartObject(name);
                WriteTyped(json, name, value);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    public static TableEntity Read(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var entity = new TableEntity(root.GetProperty("PartitionKey").GetString(), root.GetProperty("RowKey").GetString());
        foreach (var property in root.GetProperty("Properties").EnumerateObject())
        {
            entity[property.Name] = ReadTyped(property.Value.GetProperty("Type").GetString(), property.Value.GetProperty("Value"));
        }
        return entity;
    }

    private static bool IsSystemProperty(string name) =>
        name is "PartitionKey" or "RowKey" or "Timestamp" or "odata.etag" || name.EndsWith("@odata.type", StringComparison.Ordinal);

    private static void WriteTyped(Utf8JsonWriter json, string name, object value)
    {
        switch (value)
        {
            case string text:
                Typed(json, "Edm.String").WriteString("Value", text);
                break;
            case bool flag:
                Typed(json, "Edm.Boolean").WriteBoolean("Value", flag);
                break;
            case int number:
                Typed(json, "Edm.Int32").WriteNumber("Value", number);
                break;
            case long number:
                Typed(json, "Edm.Int64").WriteString("Value", number.ToString(CultureInfo.InvariantCulture));
                break;
            case double number when double.IsFinite(number):
                Typed(json, "Edm.Double").WriteNumber("Value", number);
                break;
            case double number:
                Typed(json, "Edm.Double").WriteString("Value", number.ToString("R", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset time:
                Typed(json, "Edm.DateTime").WriteString("Value", time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
                break;
            case DateTime time:
                Typed(json, "Edm.DateTime").WriteString("Value", time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
                break;
            case Guid id:
                Typed(json, "Edm.Guid").WriteString("Value", id.ToString("D"));
                break;
            case byte[] bytes:
                Typed(json, "Edm.Binary").WriteBase64String("Value", bytes);
                break;
            case BinaryData data:
                Typed(json, "Edm.Binary").WriteBase64String("Value", data.ToArray());
                break;
            default:
                // A type the Table service cannot hold would mean a bug in the SDK or here; never drop a value silently.
                throw new NotSupportedException($"Property '{name}' has a value of type {value.GetType().Name}, which a backup cannot record.");
        }
    }

    private static Utf8JsonWriter Typed(Utf8JsonWriter json, string type)
    {
        json.WriteString("Type", type);
        return json;
    }

    private static object ReadTyped(string? type, JsonElement value) => type switch
    {
        "Edm.String" => value.GetString()!,
        "Edm.Boolean" => value.GetBoolean(),
        "Edm.Int32" => value.GetInt32(),
        "Edm.Int64" => long.Parse(value.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
        "Edm.Double" => value.ValueKind == JsonValueKind.String
            ? double.Parse(value.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
            : value.GetDouble(),
        "Edm.DateTime" => DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        "Edm.Guid" => Guid.Parse(value.GetString()!),
        "Edm.Binary" => value.GetBytesFromBase64(),
        _ => throw new FormatException($"Unknown property type '{type}' in a backup line."),
    };
}

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountEditDialog</name>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="6"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="10"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="11"/>
        <source>Account name</source>
        <translation>Account name</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="12"/>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="13"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="14"/>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="15"/>
        <source>https://cdn.ap-guangzhou.tencentcloudapi.com</source>
        <translation>https://cdn.ap-guangzhou.tencentcloudapi.com</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="16"/>
        <source>Secret&amp;Id:</source>
        <translation>Secret&amp;Id:</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="17"/>
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="18"/>
        <source>Secret&amp;Key:</source>
        <translation>Secret&amp;Key:</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="19"/>
        <source>SecretKey</source>
        <translation>SecretKey</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="20"/>
        <source>&amp;Temporary credentials (with a token)</source>
        <translation>&amp;Temporary credentials (with a token)</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="21"/>
        <source>T&amp;oken:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="22"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="23"/>
        <source>E&amp;xpires:</source>
        <translation>E&amp;xpires:</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="29"/>
        <source>The SecretKey and Token are kept only in the operating system&apos;s keychain, never in a file.</source>
        <translation>The SecretKey and Token are kept only in the operating system&apos;s keychain, never in a file.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../ui/AccountsDialog.ui" line="6"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.ui" line="12"/>
        <source>Saved accounts</source>
        <translation>Saved accounts</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.ui" line="22"/>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.ui" line="23"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.ui" line="24"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.ui" line="25"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.ui" line="26"/>
        <source>Import from &amp;environment…</source>
        <translation>Import from &amp;environment…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.ui" line="27"/>
        <source>Import from t&amp;ccli…</source>
        <translation>Import from t&amp;ccli…</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../src/api/ApiError.cpp" line="64"/>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="89"/>
        <source>Check the SecretId of this account: it is unknown or disabled (look for stray spaces).</source>
        <translation>Check the SecretId of this account: it is unknown or disabled (look for stray spaces).</translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="91"/>
        <source>Check the SecretKey of this account: the signature does not match.</source>
        <translation>Check the SecretKey of this account: the signature does not match.</translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="93"/>
        <source>The computer&apos;s clock is more than 5 minutes off; correct the system time.</source>
        <translation>The computer&apos;s clock is more than 5 minutes off; correct the system time.</translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="95"/>
        <source>The temporary credentials&apos; token is invalid or expired; get new temporary credentials.</source>
        <translation>The temporary credentials&apos; token is invalid or expired; get new temporary credentials.</translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="98"/>
        <source>This key is not allowed to do this; ask the account&apos;s administrator for the CDN permission.</source>
        <translation>This key is not allowed to do this; ask the account&apos;s administrator for the CDN permission.</translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="102"/>
        <source>The service is rate limiting; wait a moment and try again.</source>
        <translation>The service is rate limiting; wait a moment and try again.</translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="104"/>
        <source>The domain is still deploying an earlier change; try again when it is back online.</source>
        <translation>The domain is still deploying an earlier change; try again when it is back online.</translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="106"/>
        <source>The domain does not exist in this account; refresh the list.</source>
        <translation>The domain does not exist in this account; refresh the list.</translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="108"/>
        <source>The domain is locked (read-only); it cannot be changed until the lock is lifted.</source>
        <translation>The domain is locked (read-only); it cannot be changed until the lock is lifted.</translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="110"/>
        <source>The service refused a value; correct it and apply again.</source>
        <translation>The service refused a value; correct it and apply again.</translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="120"/>
        <source>The CDN API refused the request: %1 (%2).</source>
        <translation>The CDN API refused the request: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="125"/>
        <source>RequestId: %1</source>
        <translation>RequestId: %1</translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="129"/>
        <source>The server answered HTTP %1: %2</source>
        <translation>The server answered HTTP %1: %2</translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="131"/>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>The server&apos;s answer could not be read: %1</translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="133"/>
        <source>The CDN API could not be reached: %1</source>
        <translation>The CDN API could not be reached: %1</translation>
    </message>
</context>
<context>
    <name>ApplyStatusPanel</name>
    <message>
        <location filename="../ui/ApplyStatusPanel.ui" line="21"/>
        <source>Applying</source>
        <translation>Applying</translation>
    </message>
    <message>
        <location filename="../ui/ApplyStatusPanel.ui" line="38"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../ui/ApplyStatusPanel.ui" line="50"/>
        <source>&amp;Copy error details</source>
        <translation>&amp;Copy error details</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="106"/>
        <location filename="../src/cli/CliCommands.cpp" line="305"/>
        <location filename="../src/cli/CliCommands.cpp" line="346"/>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="134"/>
        <source>error: unknown command &quot;%1&quot;; see --help.</source>
        <translation>error: unknown command &quot;%1&quot;; see --help.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="145"/>
        <source>error: --filter takes NAME=VALUE[,VALUE...], e.g. status=online</source>
        <translation>error: --filter takes NAME=VALUE[,VALUE...], e.g. status=online</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="181"/>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="181"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="181"/>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="181"/>
        <source>PROTOCOL</source>
        <translation>PROTOCOL</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="182"/>
        <source>MASTERS</source>
        <translation>MASTERS</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="182"/>
        <source>SLAVES</source>
        <translation>SLAVES</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliCommands.cpp" line="190"/>
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n domain</numerusform>
            <numerusform>%n domains</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="212"/>
        <source>The domain %1 is not in this account.</source>
        <translation>The domain %1 is not in this account.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="230"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="231"/>
        <source>CNAME</source>
        <translation>CNAME</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="232"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="233"/>
        <source>Service type</source>
        <translation>Service type</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="234"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="235"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="236"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="237"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="238"/>
        <source>Origin type</source>
        <translation>Origin type</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="240"/>
        <source>Master origins</source>
        <translation>Master origins</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="241"/>
        <source>Origin-pull protocol</source>
        <translation>Origin-pull protocol</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="242"/>
        <source>Origin host header</source>
        <translation>Origin host header</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="244"/>
        <source>COS private access</source>
        <translation>COS private access</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="245"/>
        <source>Hot slave origins</source>
        <translation>Hot slave origins</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="245"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="247"/>
        <source>Slave host header</source>
        <translation>Slave host header</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="255"/>
        <source>Dry run: %1 to %2 is not sent. Request body:</source>
        <translation>Dry run: %1 to %2 is not sent. Request body:</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="270"/>
        <source>(RequestId %1)</source>
        <translation>(RequestId %1)</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="278"/>
        <source>Starting %1.</source>
        <translation>Starting %1.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="278"/>
        <source>Stopping %1.</source>
        <translation>Stopping %1.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="330"/>
        <source>error: add-slave needs --slaves ADDRESS[,ADDRESS...]</source>
        <translation>error: add-slave needs --slaves ADDRESS[,ADDRESS...]</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="338"/>
        <source>error: %1 has no hot slave origin.</source>
        <translation>error: %1 has no hot slave origin.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="359"/>
        <source>error: </source>
        <translation>error: </translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="359"/>
        <source>warning: </source>
        <translation>warning: </translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="361"/>
        <source>Nothing was sent: the change breaks the rules above.</source>
        <translation>Nothing was sent: the change breaks the rules above.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="366"/>
        <source>note: %1 %2</source>
        <translation>note: %1 %2</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="367"/>
        <source>Nothing was sent: this change loses the above. Run again with --yes to apply it.</source>
        <translation>Nothing was sent: this change loses the above. Run again with --yes to apply it.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="372"/>
        <source>Nothing to change on %1.</source>
        <translation>Nothing to change on %1.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="378"/>
        <source>Updated the origin of %1.</source>
        <translation>Updated the origin of %1.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="388"/>
        <source>warning: the change was applied but not recorded in the history: %1</source>
        <translation>warning: the change was applied but not recorded in the history: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="400"/>
        <source>error: the history cannot be read: %1</source>
        <translation>error: the history cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="417"/>
        <source>No change recorded for this account on this computer.</source>
        <translation>No change recorded for this account on this computer.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="418"/>
        <source>No change recorded for %1 on this computer.</source>
        <translation>No change recorded for %1 on this computer.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="440"/>
        <source>error: no change to %1 is recorded on this computer, so there is nothing to roll back.</source>
        <translation>error: no change to %1 is recorded on this computer, so there is nothing to roll back.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="451"/>
        <source>Rolling back the change of %1 (RequestId %2) on %3:</source>
        <translation>Rolling back the change of %1 (RequestId %2) on %3:</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="458"/>
        <source>Nothing was sent: %1 changed again after that change, and rolling back would undo the later change too. Check with &quot;domain show&quot;, then run again with --yes.</source>
        <translation>Nothing was sent: %1 changed again after that change, and rolling back would undo the later change too. Check with &quot;domain show&quot;, then run again with --yes.</translation>
    </message>
</context>
<context>
    <name>DomainCache</name>
    <message>
        <location filename="../src/core/DomainCache.cpp" line="31"/>
        <location filename="../src/core/DomainCache.cpp" line="45"/>
        <location filename="../src/core/DomainCache.cpp" line="49"/>
        <source>The offline copy cannot be kept: %1</source>
        <translation>The offline copy cannot be kept: %1</translation>
    </message>
    <message>
        <location filename="../src/core/DomainCache.cpp" line="39"/>
        <source>The offline copy %1 could not be read (%2); it was moved to %3 and a new one started.</source>
        <translation>The offline copy %1 could not be read (%2); it was moved to %3 and a new one started.</translation>
    </message>
    <message>
        <location filename="../src/core/DomainCache.cpp" line="125"/>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <location filename="../src/core/DomainCache.cpp" line="144"/>
        <source>it was written by a newer OriginDesk</source>
        <translation>it was written by a newer OriginDesk</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/DomainCache.cpp" line="277"/>
        <source>%n domain(s) in the offline copy could not be read and were skipped.</source>
        <translation>
            <numerusform>%n domain in the offline copy could not be read and were skipped.</numerusform>
            <numerusform>%n domains in the offline copy could not be read and were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <location filename="../src/core/DraftStore.cpp" line="31"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/DraftStore.cpp" line="39"/>
        <source>%1 cannot be read (%2); it was left as it is.</source>
        <translation>%1 cannot be read (%2); it was left as it is.</translation>
    </message>
    <message>
        <location filename="../src/core/DraftStore.cpp" line="50"/>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <location filename="../src/core/DraftStore.cpp" line="92"/>
        <source>The file is not JSON (%1).</source>
        <translation>The file is not JSON (%1).</translation>
    </message>
    <message>
        <location filename="../src/core/DraftStore.cpp" line="103"/>
        <source>Draft %1: %2</source>
        <translation>Draft %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/DraftStore.cpp" line="116"/>
        <source>The file is neither a set of OriginDesk drafts nor an UpdateDomainConfig request body.</source>
        <translation>The file is neither a set of OriginDesk drafts nor an UpdateDomainConfig request body.</translation>
    </message>
    <message>
        <location filename="../src/core/DraftStore.cpp" line="127"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 was not imported: %2</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../ui/DraftsDialog.ui" line="6"/>
        <location filename="../ui/DraftsDialog.ui" line="25"/>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../ui/DraftsDialog.ui" line="10"/>
        <source>Changes kept for later. Nothing here reaches the CDN until you review and apply it.</source>
        <translation>Changes kept for later. Nothing here reaches the CDN until you review and apply it.</translation>
    </message>
    <message>
        <location filename="../ui/DraftsDialog.ui" line="39"/>
        <source>&amp;Review and apply…</source>
        <translation>&amp;Review and apply…</translation>
    </message>
    <message>
        <location filename="../ui/DraftsDialog.ui" line="40"/>
        <source>Compare the selected drafts (or all ready drafts) with the live configuration, then apply</source>
        <translation>Compare the selected drafts (or all ready drafts) with the live configuration, then apply</translation>
    </message>
    <message>
        <location filename="../ui/DraftsDialog.ui" line="45"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../ui/DraftsDialog.ui" line="50"/>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../ui/DraftsDialog.ui" line="62"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../ui/DraftsDialog.ui" line="63"/>
        <source>Import a set of drafts, or an UpdateDomainConfig request body</source>
        <translation>Import a set of drafts, or an UpdateDomainConfig request body</translation>
    </message>
    <message>
        <location filename="../ui/DraftsDialog.ui" line="68"/>
        <source>E&amp;xport set…</source>
        <translation>E&amp;xport set…</translation>
    </message>
    <message>
        <location filename="../ui/DraftsDialog.ui" line="69"/>
        <source>Save the selected drafts (or all) as one file</source>
        <translation>Save the selected drafts (or all) as one file</translation>
    </message>
    <message>
        <location filename="../ui/DraftsDialog.ui" line="74"/>
        <source>Export request &amp;body…</source>
        <translation>Export request &amp;body…</translation>
    </message>
    <message>
        <location filename="../ui/DraftsDialog.ui" line="75"/>
        <source>Save the selected draft as the UpdateDomainConfig request body (tccli cdn UpdateDomainConfig --cli-input-json)</source>
        <translation>Save the selected draft as the UpdateDomainConfig request body (tccli cdn UpdateDomainConfig --cli-input-json)</translation>
    </message>
    <message>
        <location filename="../ui/DraftsDialog.ui" line="80"/>
        <source>Export &amp;Terraform…</source>
        <translation>Export &amp;Terraform…</translation>
    </message>
    <message>
        <location filename="../ui/DraftsDialog.ui" line="81"/>
        <source>Save the selected draft&apos;s origin as the origin block of a tencentcloud_cdn_domain resource</source>
        <translation>Save the selected draft&apos;s origin as the origin block of a tencentcloud_cdn_domain resource</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <location filename="../src/api/Endpoint.cpp" line="78"/>
        <source>&quot;%1&quot; is not a valid endpoint URL.</source>
        <translation>&quot;%1&quot; is not a valid endpoint URL.</translation>
    </message>
    <message>
        <location filename="../src/api/Endpoint.cpp" line="84"/>
        <source>Plain http:// is allowed only for the local sandbox (a loopback address); use https:// for %1.</source>
        <translation>Plain http:// is allowed only for the local sandbox (a loopback address); use https:// for %1.</translation>
    </message>
    <message>
        <location filename="../src/api/Endpoint.cpp" line="88"/>
        <source>The endpoint must be an https:// URL, not &quot;%1&quot;.</source>
        <translation>The endpoint must be an https:// URL, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/api/Endpoint.cpp" line="95"/>
        <source>China site (%1)</source>
        <translation>China site (%1)</translation>
    </message>
    <message>
        <location filename="../src/api/Endpoint.cpp" line="97"/>
        <source>International site (%1)</source>
        <translation>International site (%1)</translation>
    </message>
</context>
<context>
    <name>EntriesEditor</name>
    <message>
        <location filename="../ui/EntriesEditor.ui" line="12"/>
        <source>Origin server entries</source>
        <translation>Origin server entries</translation>
    </message>
    <message>
        <location filename="../ui/EntriesEditor.ui" line="24"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../ui/EntriesEditor.ui" line="25"/>
        <source>Add an origin server</source>
        <translation>Add an origin server</translation>
    </message>
    <message>
        <location filename="../ui/EntriesEditor.ui" line="30"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../ui/EntriesEditor.ui" line="31"/>
        <source>Remove the selected origin server</source>
        <translation>Remove the selected origin server</translation>
    </message>
    <message>
        <location filename="../ui/EntriesEditor.ui" line="36"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../ui/EntriesEditor.ui" line="41"/>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
</context>
<context>
    <name>Failover</name>
    <message>
        <location filename="../src/core/Failover.cpp" line="33"/>
        <source>The master answered %1; its answer is returned.</source>
        <translation>The master answered %1; its answer is returned.</translation>
    </message>
    <message>
        <location filename="../src/core/Failover.cpp" line="37"/>
        <source>The master failed and there is no hot slave origin; the error is returned.</source>
        <translation>The master failed and there is no hot slave origin; the error is returned.</translation>
    </message>
    <message>
        <location filename="../src/core/Failover.cpp" line="46"/>
        <source>The master answered %1; the request is retried on the hot slave origin.</source>
        <translation>The master answered %1; the request is retried on the hot slave origin.</translation>
    </message>
    <message>
        <location filename="../src/core/Failover.cpp" line="50"/>
        <source>The TCP connection to the master failed; the request is retried on the hot slave origin.</source>
        <translation>The TCP connection to the master failed; the request is retried on the hot slave origin.</translation>
    </message>
    <message>
        <location filename="../src/core/Failover.cpp" line="53"/>
        <source>The master timed out; the request is retried on the hot slave origin.</source>
        <translation>The master timed out; the request is retried on the hot slave origin.</translation>
    </message>
    <message>
        <location filename="../src/core/Failover.cpp" line="62"/>
        <source>Every back-to-origin request goes to the master origin. There is no hot slave origin: if the master fails, the error reaches the client.</source>
        <translation>Every back-to-origin request goes to the master origin. There is no hot slave origin: if the master fails, the error reaches the client.</translation>
    </message>
    <message>
        <location filename="../src/core/Failover.cpp" line="65"/>
        <source>Every back-to-origin request goes to the master origin (%1, Host: %2) first. If the master answers 4XX or 5XX, times out, or the TCP connection fails, the request is retried on the hot slave origin (%3, Host: %4). 2XX and 3XX answers are returned as they are.</source>
        <translation>Every back-to-origin request goes to the master origin (%1, Host: %2) first. If the master answers 4XX or 5XX, times out, or the TCP connection fails, the request is retried on the hot slave origin (%3, Host: %4). 2XX and 3XX answers are returned as they are.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../ui/HistoryDialog.ui" line="6"/>
        <source>Change history</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../ui/HistoryDialog.ui" line="12"/>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <location filename="../ui/HistoryDialog.ui" line="18"/>
        <source>All domains of the account</source>
        <translation>All domains of the account</translation>
    </message>
    <message>
        <location filename="../ui/HistoryDialog.ui" line="20"/>
        <source>Show the history of this domain</source>
        <translation>Show the history of this domain</translation>
    </message>
    <message>
        <location filename="../ui/HistoryDialog.ui" line="33"/>
        <source>Applied changes</source>
        <translation>Applied changes</translation>
    </message>
    <message>
        <location filename="../ui/HistoryDialog.ui" line="46"/>
        <source>What the selected change did</source>
        <translation>What the selected change did</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <location filename="../src/core/History.cpp" line="73"/>
        <source>The change history %1 cannot be read (%2).</source>
        <translation>The change history %1 cannot be read (%2).</translation>
    </message>
    <message>
        <location filename="../src/core/History.cpp" line="76"/>
        <source>no list of records</source>
        <translation>no list of records</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../src/i18n/Language.cpp" line="66"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="6"/>
        <source>OriginDesk</source>
        <translation>OriginDesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="13"/>
        <location filename="../ui/MainWindow.ui" line="14"/>
        <source>Domain Management</source>
        <translation>Domain Management</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="19"/>
        <source>SANDBOX</source>
        <translation>SANDBOX</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="20"/>
        <source>Connected to the built-in local sandbox, not to Tencent Cloud. Changes here affect no real domain.</source>
        <translation>Connected to the built-in local sandbox, not to Tencent Cloud. Changes here affect no real domain.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="21"/>
        <source>Sandbox account: not production</source>
        <translation>Sandbox account: not production</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="31"/>
        <source>A&amp;ccount:</source>
        <translation>A&amp;ccount:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="37"/>
        <source>Current account</source>
        <translation>Current account</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="43"/>
        <source>Acco&amp;unts…</source>
        <translation>Acco&amp;unts…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="54"/>
        <source>You are working on the built-in Sandbox: nothing here touches a real domain. Add your Tencent Cloud account to manage your own domains; its key is kept in the system keychain.</source>
        <translation>You are working on the built-in Sandbox: nothing here touches a real domain. Add your Tencent Cloud account to manage your own domains; its key is kept in the system keychain.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="61"/>
        <source>Add &amp;account…</source>
        <translation>Add &amp;account…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="71"/>
        <source>Search domain or origin (Ctrl+F)</source>
        <translation>Search domain or origin (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="73"/>
        <source>Search domains and origins</source>
        <translation>Search domains and origins</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="79"/>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="84"/>
        <source>Filter by origin type</source>
        <translation>Filter by origin type</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="89"/>
        <source>Has hot slave &amp;origins</source>
        <translation>Has hot slave &amp;origins</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="99"/>
        <source>&amp;Manage</source>
        <translation>&amp;Manage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="104"/>
        <source>S&amp;tart</source>
        <translation>S&amp;tart</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="105"/>
        <source>Start the selected domain</source>
        <translation>Start the selected domain</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="110"/>
        <source>Sto&amp;p</source>
        <translation>Sto&amp;p</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="111"/>
        <source>Stop the selected domain</source>
        <translation>Stop the selected domain</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="116"/>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="117"/>
        <source>Changes kept for later (Ctrl+Shift+D)</source>
        <translation>Changes kept for later (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="122"/>
        <location filename="../ui/MainWindow.ui" line="187"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="123"/>
        <source>Reload the domain list (F5)</source>
        <translation>Reload the domain list (F5)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="137"/>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="152"/>
        <source>&amp;Domain</source>
        <translation>&amp;Domain</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="163"/>
        <source>&amp;Changes</source>
        <translation>&amp;Changes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="170"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="172"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="177"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="188"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="191"/>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="192"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="195"/>
        <source>&amp;Manage…</source>
        <translation>&amp;Manage…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="198"/>
        <source>S&amp;tart Domain…</source>
        <translation>S&amp;tart Domain…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="201"/>
        <source>Sto&amp;p Domain…</source>
        <translation>Sto&amp;p Domain…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="205"/>
        <source>Work &amp;Offline</source>
        <translation>Work &amp;Offline</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="206"/>
        <source>Browse the last known configuration and save every change as a draft; nothing is sent</source>
        <translation>Browse the last known configuration and save every change as a draft; nothing is sent</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="207"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="210"/>
        <source>&amp;Drafts…</source>
        <translation>&amp;Drafts…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="211"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="214"/>
        <source>Change &amp;History…</source>
        <translation>Change &amp;History…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="215"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="218"/>
        <source>&amp;About OriginDesk</source>
        <translation>&amp;About OriginDesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="221"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="222"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
</context>
<context>
    <name>ManageDialog</name>
    <message>
        <location filename="../ui/ManageDialog.ui" line="6"/>
        <source>Manage</source>
        <translation>Manage</translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="27"/>
        <source>Basic Configuration</source>
        <translation>Basic Configuration</translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="37"/>
        <source>Basic Information</source>
        <translation>Basic Information</translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="39"/>
        <source>Domain:</source>
        <translation>Domain:</translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="41"/>
        <source>CNAME:</source>
        <translation>CNAME:</translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="43"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="45"/>
        <source>Acceleration region:</source>
        <translation>Acceleration region:</translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="47"/>
        <source>Service type:</source>
        <translation>Service type:</translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="49"/>
        <source>Project:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="51"/>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="53"/>
        <source>Last update:</source>
        <translation>Last update:</translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="68"/>
        <source>Advanced Configuration</source>
        <translation>Advanced Configuration</translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="72"/>
        <source>The rest of the domain&apos;s configuration, read-only. OriginDesk sends it back unchanged with every origin change.</source>
        <translation>The rest of the domain&apos;s configuration, read-only. OriginDesk sends it back unchanged with every origin change.</translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="79"/>
        <source>Advanced configuration</source>
        <translation>Advanced configuration</translation>
    </message>
</context>
<context>
    <name>OriginDiff</name>
    <message>
        <location filename="../src/core/OriginDiff.cpp" line="30"/>
        <source>Hot slave origin %1 removed</source>
        <translation>Hot slave origin %1 removed</translation>
    </message>
    <message>
        <location filename="../src/core/OriginDiff.cpp" line="31"/>
        <source>Master origin %1 removed</source>
        <translation>Master origin %1 removed</translation>
    </message>
    <message>
        <location filename="../src/core/OriginDiff.cpp" line="35"/>
        <source>Hot slave origin %1 changed to %2</source>
        <translation>Hot slave origin %1 changed to %2</translation>
    </message>
    <message>
        <location filename="../src/core/OriginDiff.cpp" line="36"/>
        <source>Master origin %1 changed to %2</source>
        <translation>Master origin %1 changed to %2</translation>
    </message>
    <message>
        <location filename="../src/core/OriginDiff.cpp" line="45"/>
        <source>Hot slave origin %1 added</source>
        <translation>Hot slave origin %1 added</translation>
    </message>
    <message>
        <location filename="../src/core/OriginDiff.cpp" line="46"/>
        <source>Master origin %1 added</source>
        <translation>Master origin %1 added</translation>
    </message>
    <message>
        <location filename="../src/core/OriginDiff.cpp" line="58"/>
        <source>Origin changed from %1 to %2</source>
        <translation>Origin changed from %1 to %2</translation>
    </message>
    <message>
        <location filename="../src/core/OriginDiff.cpp" line="63"/>
        <source>Origin type %1 → %2</source>
        <translation>Origin type %1 → %2</translation>
    </message>
    <message>
        <location filename="../src/core/OriginDiff.cpp" line="66"/>
        <source>Origin-pull protocol %1 → %2</source>
        <translation>Origin-pull protocol %1 → %2</translation>
    </message>
    <message>
        <location filename="../src/core/OriginDiff.cpp" line="72"/>
        <source>Origin host header %1 → %2</source>
        <translation>Origin host header %1 → %2</translation>
    </message>
    <message>
        <location filename="../src/core/OriginDiff.cpp" line="79"/>
        <source>COS private access %1 → %2</source>
        <translation>COS private access %1 → %2</translation>
    </message>
    <message>
        <location filename="../src/core/OriginDiff.cpp" line="86"/>
        <source>Hot slave host header %1 → %2</source>
        <translation>Hot slave host header %1 → %2</translation>
    </message>
    <message>
        <location filename="../src/core/OriginDiff.cpp" line="100"/>
        <source>%1 changed</source>
        <translation>%1 changed</translation>
    </message>
</context>
<context>
    <name>OriginEditorDialog</name>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="6"/>
        <source>Modify Origin Server</source>
        <translation>Modify Origin Server</translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="10"/>
        <source>Origin type</source>
        <translation>Origin type</translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="14"/>
        <source>&amp;Own origin</source>
        <translation>&amp;Own origin</translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="20"/>
        <source>&amp;COS origin</source>
        <translation>&amp;COS origin</translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="45"/>
        <source>Master origin servers (IPs or a domain, port optional, weight 1-100 for IPv4):</source>
        <translation>Master origin servers (IPs or a domain, port optional, weight 1-100 for IPv4):</translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="58"/>
        <source>&amp;Bucket domain:</source>
        <translation>&amp;Bucket domain:</translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="64"/>
        <source>bucket-1250000000.cos.ap-guangzhou.myqcloud.com</source>
        <translation>bucket-1250000000.cos.ap-guangzhou.myqcloud.com</translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="65"/>
        <source>COS bucket domain</source>
        <translation>COS bucket domain</translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="70"/>
        <source>&amp;Private bucket access (CDN must be authorized on the bucket)</source>
        <translation>&amp;Private bucket access (CDN must be authorized on the bucket)</translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="86"/>
        <source>Origin-pull &amp;protocol:</source>
        <translation>Origin-pull &amp;protocol:</translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="92"/>
        <source>Origin-pull protocol</source>
        <translation>Origin-pull protocol</translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="102"/>
        <source>Origin &amp;host header:</source>
        <translation>Origin &amp;host header:</translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="108"/>
        <source>Origin host header</source>
        <translation>Origin host header</translation>
    </message>
</context>
<context>
    <name>OriginEntry</name>
    <message>
        <location filename="../src/core/OriginEntry.cpp" line="124"/>
        <source>The address is empty.</source>
        <translation>The address is empty.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginEntry.cpp" line="129"/>
        <source>Write the address without a scheme or path (for example origin.example.com).</source>
        <translation>Write the address without a scheme or path (for example origin.example.com).</translation>
    </message>
    <message>
        <location filename="../src/core/OriginEntry.cpp" line="139"/>
        <source>The IPv6 address has no closing bracket.</source>
        <translation>The IPv6 address has no closing bracket.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginEntry.cpp" line="147"/>
        <source>Unexpected text after the IPv6 address.</source>
        <translation>Unexpected text after the IPv6 address.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginEntry.cpp" line="154"/>
        <source>&quot;%1&quot; is not a valid IPv6 address.</source>
        <translation>&quot;%1&quot; is not a valid IPv6 address.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginEntry.cpp" line="168"/>
        <source>Too many &quot;:&quot; in &quot;%1&quot;; write address:port:weight.</source>
        <translation>Too many &quot;:&quot; in &quot;%1&quot;; write address:port:weight.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginEntry.cpp" line="175"/>
        <source>The port &quot;%1&quot; is not a number.</source>
        <translation>The port &quot;%1&quot; is not a number.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginEntry.cpp" line="180"/>
        <source>The weight after the second &quot;:&quot; is missing.</source>
        <translation>The weight after the second &quot;:&quot; is missing.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginEntry.cpp" line="186"/>
        <source>The weight &quot;%1&quot; is not a number.</source>
        <translation>The weight &quot;%1&quot; is not a number.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginEntry.cpp" line="190"/>
        <source>The port after &quot;:&quot; is missing.</source>
        <translation>The port after &quot;:&quot; is missing.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginEntry.cpp" line="197"/>
        <source>&quot;%1&quot; is not an IP address or a domain name.</source>
        <translation>&quot;%1&quot; is not an IP address or a domain name.</translation>
    </message>
</context>
<context>
    <name>OriginOps</name>
    <message>
        <location filename="../src/core/OriginOps.cpp" line="11"/>
        <source>Own origin</source>
        <translation>Own origin</translation>
    </message>
    <message>
        <location filename="../src/core/OriginOps.cpp" line="13"/>
        <source>COS origin</source>
        <translation>COS origin</translation>
    </message>
    <message>
        <location filename="../src/core/OriginOps.cpp" line="15"/>
        <source>Third-party storage</source>
        <translation>Third-party storage</translation>
    </message>
    <message>
        <location filename="../src/core/OriginOps.cpp" line="19"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../src/core/OriginOps.cpp" line="34"/>
        <source>This origin type (%1) is edited in the Tencent Cloud console only.</source>
        <translation>This origin type (%1) is edited in the Tencent Cloud console only.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginOps.cpp" line="43"/>
        <source>The hot slave origins are removed: only own origins can have them.</source>
        <translation>The hot slave origins are removed: only own origins can have them.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginOps.cpp" line="50"/>
        <source>The master origins are replaced by the %1 address.</source>
        <translation>The master origins are replaced by the %1 address.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginOps.cpp" line="54"/>
        <source>COS private access is turned off.</source>
        <translation>COS private access is turned off.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginOps.cpp" line="71"/>
        <source>Only an own origin has hot slave origins to switch with.</source>
        <translation>Only an own origin has hot slave origins to switch with.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginOps.cpp" line="78"/>
        <source>There is no hot slave origin to switch with.</source>
        <translation>There is no hot slave origin to switch with.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginOps.cpp" line="92"/>
        <source>Slave origins take no weight: the weights of the current masters are dropped.</source>
        <translation>Slave origins take no weight: the weights of the current masters are dropped.</translation>
    </message>
</context>
<context>
    <name>OriginPanel</name>
    <message>
        <location filename="../ui/OriginPanel.ui" line="10"/>
        <source>Origin Server Info</source>
        <translation>Origin Server Info</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="26"/>
        <source>&amp;Modify</source>
        <translation>&amp;Modify</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="27"/>
        <source>Modify the origin server configuration</source>
        <translation>Modify the origin server configuration</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="35"/>
        <source>Origin type:</source>
        <translation>Origin type:</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="43"/>
        <source>Master origins:</source>
        <translation>Master origins:</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="47"/>
        <source>Master origin servers</source>
        <translation>Master origin servers</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="55"/>
        <source>Origin-pull protocol:</source>
        <translation>Origin-pull protocol:</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="61"/>
        <source>Origin host header:</source>
        <translation>Origin host header:</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="69"/>
        <source>COS private access:</source>
        <translation>COS private access:</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="81"/>
        <source>Hot Slave Origin</source>
        <translation>Hot Slave Origin</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="85"/>
        <source>HTTPS back-to-origin is not supported by slave origin servers. Do not choose HTTPS back-to-origin for a domain with hot slave origin servers.</source>
        <translation>HTTPS back-to-origin is not supported by slave origin servers. Do not choose HTTPS back-to-origin for a domain with hot slave origin servers.</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="87"/>
        <source>Warning: slave origins do not support HTTPS back-to-origin</source>
        <translation>Warning: slave origins do not support HTTPS back-to-origin</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="92"/>
        <source>Hot slave origin servers</source>
        <translation>Hot slave origin servers</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="107"/>
        <source>How failover works for this domain</source>
        <translation>How failover works for this domain</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="114"/>
        <source>&amp;Add hot slave origin</source>
        <translation>&amp;Add hot slave origin</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="119"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="120"/>
        <source>Edit the hot slave origins</source>
        <translation>Edit the hot slave origins</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="125"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="126"/>
        <source>Delete the hot slave origins</source>
        <translation>Delete the hot slave origins</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="131"/>
        <source>&amp;Switch master/slave</source>
        <translation>&amp;Switch master/slave</translation>
    </message>
</context>
<context>
    <name>OriginRules</name>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="78"/>
        <source>Port %1 of %2 is out of range: use 1 to 65535.</source>
        <translation>Port %1 of %2 is out of range: use 1 to 65535.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="84"/>
        <source>%1 is listed twice.</source>
        <translation>%1 is listed twice.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="88"/>
        <source>The origin cannot be the acceleration domain %1 itself: requests would loop.</source>
        <translation>The origin cannot be the acceleration domain %1 itself: requests would loop.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="94"/>
        <source>The address list is %1 characters long; the API accepts at most %2.</source>
        <translation>The address list is %1 characters long; the API accepts at most %2.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="105"/>
        <source>Enter the COS bucket domain.</source>
        <translation>Enter the COS bucket domain.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="106"/>
        <source>Enter at least one master origin server.</source>
        <translation>Enter at least one master origin server.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="118"/>
        <source>Weight %1 of %2 is out of range: use 1 to 100.</source>
        <translation>Weight %1 of %2 is out of range: use 1 to 100.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="122"/>
        <source>%1 has a weight, but weights are only for IPv4 addresses.</source>
        <translation>%1 has a weight, but weights are only for IPv4 addresses.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="126"/>
        <source>Give every master origin a weight, or none of them (%1 of %2 have one).</source>
        <translation>Give every master origin a weight, or none of them (%1 of %2 have one).</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="132"/>
        <source>A COS origin is exactly one bucket domain.</source>
        <translation>A COS origin is exactly one bucket domain.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="137"/>
        <source>%1 is not a COS bucket domain (like bucket-1250000000.cos.ap-guangzhou.myqcloud.com).</source>
        <translation>%1 is not a COS bucket domain (like bucket-1250000000.cos.ap-guangzhou.myqcloud.com).</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="146"/>
        <source>%1 looks like a COS bucket: choose COS origin to use the bucket&apos;s private access.</source>
        <translation>%1 looks like a COS bucket: choose COS origin to use the bucket&apos;s private access.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="161"/>
        <source>Hot slave origins can only be added when the master is an own origin (not COS or third-party storage).</source>
        <translation>Hot slave origins can only be added when the master is an own origin (not COS or third-party storage).</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="168"/>
        <source>Hot slave origins are not supported behind an IPv6 master origin.</source>
        <translation>Hot slave origins are not supported behind an IPv6 master origin.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="177"/>
        <source>%1 is a COS bucket; hot slave origins must be own origins (a domain or IPs).</source>
        <translation>%1 is a COS bucket; hot slave origins must be own origins (a domain or IPs).</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="182"/>
        <source>Hot slave origins take no weight; remove the weight of %1.</source>
        <translation>Hot slave origins take no weight; remove the weight of %1.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="189"/>
        <source>%1 is also a master origin, so failing over to it does not help.</source>
        <translation>%1 is also a master origin, so failing over to it does not help.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="194"/>
        <source>Hot slave origins are one domain or a list of IPs, not %1 domains.</source>
        <translation>Hot slave origins are one domain or a list of IPs, not %1 domains.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="198"/>
        <source>Hot slave origins are either one domain or IP addresses; this mix cannot be sent as a slave origin type.</source>
        <translation>Hot slave origins are either one domain or IP addresses; this mix cannot be sent as a slave origin type.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="209"/>
        <source>Enter the origin host header: COS and third-party storage origins need one.</source>
        <translation>Enter the origin host header: COS and third-party storage origins need one.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="213"/>
        <source>Choose the storage vendor of the third-party origin.</source>
        <translation>Choose the storage vendor of the third-party origin.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="216"/>
        <source>Unknown storage vendor &quot;%1&quot;.</source>
        <translation>Unknown storage vendor &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="222"/>
        <source>COS private access is &quot;on&quot; or &quot;off&quot;, not &quot;%1&quot;.</source>
        <translation>COS private access is &quot;on&quot; or &quot;off&quot;, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="225"/>
        <source>COS private access applies only to a COS origin.</source>
        <translation>COS private access applies only to a COS origin.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="234"/>
        <source>The origin-pull protocol is http, https or follow, not &quot;%1&quot;.</source>
        <translation>The origin-pull protocol is http, https or follow, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="241"/>
        <source>Hot slave origins do not support HTTPS back-to-origin. Choose HTTP or Follow, or remove the slave origins.</source>
        <translation>Hot slave origins do not support HTTPS back-to-origin. Choose HTTP or Follow, or remove the slave origins.</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="245"/>
        <source>With Follow, requests that arrive over HTTPS are pulled over HTTPS, which hot slave origins do not support: those requests cannot fail over.</source>
        <translation>With Follow, requests that arrive over HTTPS are pulled over HTTPS, which hot slave origins do not support: those requests cannot fail over.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../ui/ReviewDialog.ui" line="6"/>
        <source>Review and apply</source>
        <translation>Review and apply</translation>
    </message>
    <message>
        <location filename="../ui/ReviewDialog.ui" line="15"/>
        <source>Drafts under review</source>
        <translation>Drafts under review</translation>
    </message>
    <message>
        <location filename="../ui/ReviewDialog.ui" line="23"/>
        <source>Base / live / draft</source>
        <translation>Base / live / draft</translation>
    </message>
    <message>
        <location filename="../ui/ReviewDialog.ui" line="27"/>
        <source>Base (when the draft was made)</source>
        <translation>Base (when the draft was made)</translation>
    </message>
    <message>
        <location filename="../ui/ReviewDialog.ui" line="32"/>
        <source>Live (now)</source>
        <translation>Live (now)</translation>
    </message>
    <message>
        <location filename="../ui/ReviewDialog.ui" line="37"/>
        <source>Draft (to apply)</source>
        <translation>Draft (to apply)</translation>
    </message>
    <message>
        <location filename="../ui/ReviewDialog.ui" line="43"/>
        <source>Base configuration</source>
        <translation>Base configuration</translation>
    </message>
    <message>
        <location filename="../ui/ReviewDialog.ui" line="49"/>
        <source>Live configuration</source>
        <translation>Live configuration</translation>
    </message>
    <message>
        <location filename="../ui/ReviewDialog.ui" line="55"/>
        <source>Draft configuration</source>
        <translation>Draft configuration</translation>
    </message>
</context>
<context>
    <name>SlaveEditorDialog</name>
    <message>
        <location filename="../ui/SlaveEditorDialog.ui" line="6"/>
        <source>Hot Slave Origin</source>
        <translation>Hot Slave Origin</translation>
    </message>
    <message>
        <location filename="../ui/SlaveEditorDialog.ui" line="10"/>
        <source>HTTPS back-to-origin is not supported by slave origin servers. Do not choose HTTPS back-to-origin for a domain with hot slave origin servers.</source>
        <translation>HTTPS back-to-origin is not supported by slave origin servers. Do not choose HTTPS back-to-origin for a domain with hot slave origin servers.</translation>
    </message>
    <message>
        <location filename="../ui/SlaveEditorDialog.ui" line="12"/>
        <source>Warning: slave origins do not support HTTPS back-to-origin</source>
        <translation>Warning: slave origins do not support HTTPS back-to-origin</translation>
    </message>
    <message>
        <location filename="../ui/SlaveEditorDialog.ui" line="17"/>
        <source>When a back-to-origin request to the master origin fails (4XX or 5XX, a timeout or a TCP connection error), it is retried on the hot slave origin. Slave origins are own origins: one domain, or IP addresses with optional ports, without weights.</source>
        <translation>When a back-to-origin request to the master origin fails (4XX or 5XX, a timeout or a TCP connection error), it is retried on the hot slave origin. Slave origins are own origins: one domain, or IP addresses with optional ports, without weights.</translation>
    </message>
    <message>
        <location filename="../ui/SlaveEditorDialog.ui" line="34"/>
        <source>Slave &amp;host header:</source>
        <translation>Slave &amp;host header:</translation>
    </message>
    <message>
        <location filename="../ui/SlaveEditorDialog.ui" line="40"/>
        <source>Slave origin host header</source>
        <translation>Slave origin host header</translation>
    </message>
</context>
<context>
    <name>TccliImportDialog</name>
    <message>
        <location filename="../ui/TccliImportDialog.ui" line="6"/>
        <source>Import from tccli</source>
        <translation>Import from tccli</translation>
    </message>
    <message>
        <location filename="../ui/TccliImportDialog.ui" line="10"/>
        <source>Choose the tccli profiles to import. Their keys move into the keychain; afterwards you can remove the plain-text key from tccli&apos;s files.</source>
        <translation>Choose the tccli profiles to import. Their keys move into the keychain; afterwards you can remove the plain-text key from tccli&apos;s files.</translation>
    </message>
    <message>
        <location filename="../ui/TccliImportDialog.ui" line="16"/>
        <source>tccli profiles</source>
        <translation>tccli profiles</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="32"/>
        <source>Desktop console for the origin servers of CDN domains.</source>
        <translation>Desktop console for the origin servers of CDN domains.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="35"/>
        <source>Open Manage for this domain.</source>
        <translation>Open Manage for this domain.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="90"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="25"/>
        <source>Manage the origin servers of Tencent Cloud CDN domains from a terminal.

Commands:
  domains list [--filter NAME=VALUE[,VALUE]]... [--fuzzy]
  domain show DOMAIN
  domain start DOMAIN | domain stop DOMAIN
  origin set DOMAIN [--origins ADDR[,ADDR]] [--cos BUCKET-DOMAIN] [--host HOST]
                    [--protocol http|https|follow] [--private-access on|off]
  origin add-slave DOMAIN --slaves ADDR[,ADDR] [--slave-host HOST]
  origin remove-slave DOMAIN
  origin swap DOMAIN [--yes]
  origin export DOMAIN          the exact UpdateDomainConfig request body
  origin rollback DOMAIN [--yes] undo the last change recorded for DOMAIN
  history [DOMAIN]              changes applied from this computer (app and CLI)

Addresses are written as the API writes them: 1.1.1.1:80:10, 2.2.2.2::20, origin.example.com,
[2001:db8::1]:8080. Credentials come from TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY and
TENCENTCLOUD_TOKEN, or from an account saved in OriginDesk (--account NAME; its key is read from
the OS keychain). Exit codes: 0 done, 1 the API or network failed, 2 usage or configuration,
3 refused by the origin rules (nothing sent), 4 needs --yes (nothing sent).</source>
        <translation>Manage the origin servers of Tencent Cloud CDN domains from a terminal.

Commands:
  domains list [--filter NAME=VALUE[,VALUE]]... [--fuzzy]
  domain show DOMAIN
  domain start DOMAIN | domain stop DOMAIN
  origin set DOMAIN [--origins ADDR[,ADDR]] [--cos BUCKET-DOMAIN] [--host HOST]
                    [--protocol http|https|follow] [--private-access on|off]
  origin add-slave DOMAIN --slaves ADDR[,ADDR] [--slave-host HOST]
  origin remove-slave DOMAIN
  origin swap DOMAIN [--yes]
  origin export DOMAIN          the exact UpdateDomainConfig request body
  origin rollback DOMAIN [--yes] undo the last change recorded for DOMAIN
  history [DOMAIN]              changes applied from this computer (app and CLI)

Addresses are written as the API writes them: 1.1.1.1:80:10, 2.2.2.2::20, origin.example.com,
[2001:db8::1]:8080. Credentials come from TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY and
TENCENTCLOUD_TOKEN, or from an account saved in OriginDesk (--account NAME; its key is read from
the OS keychain). Exit codes: 0 done, 1 the API or network failed, 2 usage or configuration,
3 refused by the origin rules (nothing sent), 4 needs --yes (nothing sent).</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="48"/>
        <source>See above.</source>
        <translation>See above.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="50"/>
        <source>china (default), intl, or a URL.</source>
        <translation>china (default), intl, or a URL.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="52"/>
        <source>Use this saved OriginDesk account.</source>
        <translation>Use this saved OriginDesk account.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="54"/>
        <source>Print JSON instead of a table.</source>
        <translation>Print JSON instead of a table.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="56"/>
        <source>Print the change request (secrets masked) and send nothing.</source>
        <translation>Print the change request (secrets masked) and send nothing.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="58"/>
        <source>Apply a change that drops something (e.g. weights on swap).</source>
        <translation>Apply a change that drops something (e.g. weights on swap).</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="60"/>
        <source>Language of API messages: en-US or zh-CN.</source>
        <translation>Language of API messages: en-US or zh-CN.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="62"/>
        <source>Seconds to wait for each request.</source>
        <translation>Seconds to wait for each request.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="64"/>
        <source>domains list: NAME=VALUE[,VALUE].</source>
        <translation>domains list: NAME=VALUE[,VALUE].</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="67"/>
        <source>domains list: domain/origin filters match parts.</source>
        <translation>domains list: domain/origin filters match parts.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="68"/>
        <source>origin set: master origins.</source>
        <translation>origin set: master origins.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="71"/>
        <source>origin set: switch to this COS bucket domain.</source>
        <translation>origin set: switch to this COS bucket domain.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="73"/>
        <source>origin set: origin host header.</source>
        <translation>origin set: origin host header.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="75"/>
        <source>origin set: origin-pull protocol.</source>
        <translation>origin set: origin-pull protocol.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="78"/>
        <source>origin set: COS private access.</source>
        <translation>origin set: COS private access.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="79"/>
        <source>add-slave: hot slave origins.</source>
        <translation>add-slave: hot slave origins.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="81"/>
        <source>add-slave: slave host header.</source>
        <translation>add-slave: slave host header.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="93"/>
        <source>error: --language is en-US or zh-CN.</source>
        <translation>error: --language is en-US or zh-CN.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="102"/>
        <source>error: there is no saved account &quot;%1&quot;.</source>
        <translation>error: there is no saved account &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="108"/>
        <source>error: the temporary credentials of &quot;%1&quot; expired at %2; get new ones before sending requests.</source>
        <translation>error: the temporary credentials of &quot;%1&quot; expired at %2; get new ones before sending requests.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="116"/>
        <source>error: the Sandbox account lives inside the app; run origindesk-sandbox and pass --endpoint.</source>
        <translation>error: the Sandbox account lives inside the app; run origindesk-sandbox and pass --endpoint.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="132"/>
        <location filename="../src/cli/main.cpp" line="153"/>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="146"/>
        <source>error: no credentials: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY, or use --account NAME.</source>
        <translation>error: no credentials: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY, or use --account NAME.</translation>
    </message>
</context>
<context>
    <name>od::Account</name>
    <message>
        <location filename="../src/credentials/Account.cpp" line="18"/>
        <source>China site</source>
        <translation>China site</translation>
    </message>
    <message>
        <location filename="../src/credentials/Account.cpp" line="20"/>
        <source>International site</source>
        <translation>International site</translation>
    </message>
    <message>
        <location filename="../src/credentials/Account.cpp" line="22"/>
        <source>Custom endpoint</source>
        <translation>Custom endpoint</translation>
    </message>
    <message>
        <location filename="../src/credentials/Account.cpp" line="26"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
</context>
<context>
    <name>od::AccountEditDialog</name>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="21"/>
        <source>Add Account</source>
        <translation>Add Account</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="21"/>
        <source>Edit Account – %1</source>
        <translation>Edit Account – %1</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="32"/>
        <source>unchanged (kept in the keychain)</source>
        <translation>unchanged (kept in the keychain)</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="59"/>
        <source>Give the account a name.</source>
        <translation>Give the account a name.</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="60"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="61"/>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>An account named &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="68"/>
        <source>Enter the SecretId.</source>
        <translation>Enter the SecretId.</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="70"/>
        <source>Enter the SecretKey.</source>
        <translation>Enter the SecretKey.</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="73"/>
        <source>Temporary credentials need their token.</source>
        <translation>Temporary credentials need their token.</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="111"/>
        <source>Storing the key in the keychain…</source>
        <translation>Storing the key in the keychain…</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="118"/>
        <source>Keychain unavailable</source>
        <translation>Keychain unavailable</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="119"/>
        <source>Keep the key in memory for this run only? It is not written anywhere and must be entered again next time.</source>
        <translation>Keep the key in memory for this run only? It is not written anywhere and must be entered again next time.</translation>
    </message>
</context>
<context>
    <name>od::AccountsDialog</name>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="29"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="29"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="29"/>
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="29"/>
        <source>Credentials</source>
        <translation>Credentials</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="55"/>
        <source>Permanent key</source>
        <translation>Permanent key</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="57"/>
        <source>Temporary</source>
        <translation>Temporary</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="60"/>
        <source>Temporary, expired</source>
        <translation>Temporary, expired</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/AccountsDialog.cpp" line="62"/>
        <source>Temporary, %n minute(s) left</source>
        <translation>
            <numerusform>Temporary, %n minute left</numerusform>
            <numerusform>Temporary, %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/AccountsDialog.cpp" line="63"/>
        <source>Temporary, %n hour(s) left</source>
        <translation>
            <numerusform>Temporary, %n hour left</numerusform>
            <numerusform>Temporary, %n hours left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="118"/>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="132"/>
        <source>Remove account</source>
        <translation>Remove account</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="133"/>
        <source>Remove %1 and delete its key from the keychain?</source>
        <translation>Remove %1 and delete its key from the keychain?</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="141"/>
        <source>Removed %1 and its keychain entry.</source>
        <translation>Removed %1 and its keychain entry.</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="142"/>
        <source>Removed %1, but its keychain entry could not be deleted: %2</source>
        <translation>Removed %1, but its keychain entry could not be deleted: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="156"/>
        <source>Testing %1…</source>
        <translation>Testing %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/AccountsDialog.cpp" line="172"/>
        <source>Connected to %1: the account has %n domain(s).</source>
        <translation>
            <numerusform>Connected to %1: the account has %n domain.</numerusform>
            <numerusform>Connected to %1: the account has %n domains.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="188"/>
        <source>TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY are not both set in OriginDesk&apos;s environment.</source>
        <translation>TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY are not both set in OriginDesk&apos;s environment.</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="193"/>
        <location filename="../src/gui/AccountsDialog.cpp" line="194"/>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="193"/>
        <source>Environment (%1)</source>
        <translation>Environment (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="226"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 was not imported: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="231"/>
        <source>Imported %1 as %2.</source>
        <translation>Imported %1 as %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="237"/>
        <source>Remove the plain-text key?</source>
        <translation>Remove the plain-text key?</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="238"/>
        <source>%1 is now in the keychain. Remove its secretKey from %2? tccli will then need the key from elsewhere.</source>
        <translation>%1 is now in the keychain. Remove its secretKey from %2? tccli will then need the key from elsewhere.</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="246"/>
        <source>The key could not be removed from %1: %2</source>
        <translation>The key could not be removed from %1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="249"/>
        <source>Imported %1; its plain-text key was removed from %2.</source>
        <translation>Imported %1; its plain-text key was removed from %2.</translation>
    </message>
</context>
<context>
    <name>od::ApiCall</name>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="40"/>
        <source>No credentials: add an account with a SecretId and SecretKey.</source>
        <translation>No credentials: add an account with a SecretId and SecretKey.</translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="43"/>
        <source>The temporary credentials expired at %1; get new ones before sending requests.</source>
        <translation>The temporary credentials expired at %1; get new ones before sending requests.</translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="127"/>
        <source>the answer is larger than %1 MB, the most the API sends.</source>
        <translation>the answer is larger than %1 MB, the most the API sends.</translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="130"/>
        <source>no answer within %1 seconds.</source>
        <translation>no answer within %1 seconds.</translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="143"/>
        <source>the connection to %1 was refused.</source>
        <translation>the connection to %1 was refused.</translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="145"/>
        <source>the server closed the connection before answering.</source>
        <translation>the server closed the connection before answering.</translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="153"/>
        <source>the TLS certificate of %1 could not be verified (%2). The request was not sent.</source>
        <translation>the TLS certificate of %1 could not be verified (%2). The request was not sent.</translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="159"/>
        <source>the host %1 was not found; check the endpoint and the network.</source>
        <translation>the host %1 was not found; check the endpoint and the network.</translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="169"/>
        <source>an HTML page, not an API answer (a proxy or gateway in between?).</source>
        <translation>an HTML page, not an API answer (a proxy or gateway in between?).</translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="187"/>
        <source>an HTML page, not an API answer (a proxy or captive portal in between?).</source>
        <translation>an HTML page, not an API answer (a proxy or captive portal in between?).</translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="192"/>
        <source>the answer is empty.</source>
        <translation>the answer is empty.</translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="198"/>
        <source>the answer is cut short (truncated JSON).</source>
        <translation>the answer is cut short (truncated JSON).</translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="199"/>
        <source>the answer is not JSON (%1).</source>
        <translation>the answer is not JSON (%1).</translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="203"/>
        <source>the answer has no &quot;Response&quot; object.</source>
        <translation>the answer has no &quot;Response&quot; object.</translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="211"/>
        <source>the answer reports an error without a code.</source>
        <translation>the answer reports an error without a code.</translation>
    </message>
</context>
<context>
    <name>od::ApplyStatusPanel</name>
    <message>
        <location filename="../src/gui/ApplyStatusPanel.cpp" line="54"/>
        <source>The change was accepted (RequestId %1) but could not be verified: refresh (F5) to see where the domain stands before changing it again.</source>
        <translation>The change was accepted (RequestId %1) but could not be verified: refresh (F5) to see where the domain stands before changing it again.</translation>
    </message>
    <message>
        <location filename="../src/gui/ApplyStatusPanel.cpp" line="59"/>
        <source>The change was not applied. Your edit is kept: correct it and apply again.</source>
        <translation>The change was not applied. Your edit is kept: correct it and apply again.</translation>
    </message>
    <message>
        <location filename="../src/gui/ApplyStatusPanel.cpp" line="60"/>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/ApplyStatusPanel.cpp" line="60"/>
        <source>Message: %1</source>
        <translation>Message: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/ApplyStatusPanel.cpp" line="65"/>
        <source>RequestId: %1</source>
        <translation>RequestId: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/ApplyStatusPanel.cpp" line="67"/>
        <source>Code: %1
Message: %2
RequestId: %3</source>
        <translation>Code: %1
Message: %2
RequestId: %3</translation>
    </message>
    <message>
        <location filename="../src/gui/ApplyStatusPanel.cpp" line="70"/>
        <source>The change was not applied. Your edit is kept: apply again when the problem is solved.</source>
        <translation>The change was not applied. Your edit is kept: apply again when the problem is solved.</translation>
    </message>
</context>
<context>
    <name>od::CdnClient</name>
    <message>
        <location filename="../src/api/CdnClient.cpp" line="131"/>
        <source>the answer has no list of domains (&quot;Domains&quot; is %1).</source>
        <translation>the answer has no list of domains (&quot;Domains&quot; is %1).</translation>
    </message>
    <message>
        <location filename="../src/api/CdnClient.cpp" line="132"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../src/api/CdnClient.cpp" line="136"/>
        <source>&quot;Domains&quot; is not a list.</source>
        <translation>&quot;Domains&quot; is not a list.</translation>
    </message>
    <message>
        <location filename="../src/api/CdnClient.cpp" line="141"/>
        <source>&quot;TotalNumber&quot; is not a number.</source>
        <translation>&quot;TotalNumber&quot; is not a number.</translation>
    </message>
    <message>
        <location filename="../src/api/CdnClient.cpp" line="149"/>
        <source>an entry of &quot;Domains&quot; is not a domain object.</source>
        <translation>an entry of &quot;Domains&quot; is not a domain object.</translation>
    </message>
</context>
<context>
    <name>od::DomainListModel</name>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="32"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="34"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="36"/>
        <source>Deploying</source>
        <translation>Deploying</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="38"/>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="40"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="52"/>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="54"/>
        <source>Follow</source>
        <translation>Follow</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="55"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="61"/>
        <source>Chinese mainland</source>
        <translation>Chinese mainland</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="63"/>
        <source>Outside the Chinese mainland</source>
        <translation>Outside the Chinese mainland</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="65"/>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="72"/>
        <source>Static content</source>
        <translation>Static content</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="74"/>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="76"/>
        <source>Streaming VOD</source>
        <translation>Streaming VOD</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="78"/>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="80"/>
        <source>Dynamic</source>
        <translation>Dynamic</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="111"/>
        <source>Manage %1 (Enter)</source>
        <translation>Manage %1 (Enter)</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="139"/>
        <source>Manage</source>
        <translation>Manage</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="170"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="172"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="174"/>
        <source>Origin type</source>
        <translation>Origin type</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="176"/>
        <source>Master origins</source>
        <translation>Master origins</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="178"/>
        <source>Hot slave origins</source>
        <translation>Hot slave origins</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="180"/>
        <source>Origin-pull protocol</source>
        <translation>Origin-pull protocol</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="182"/>
        <source>CNAME</source>
        <translation>CNAME</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="184"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="186"/>
        <source>Last update</source>
        <translation>Last update</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="188"/>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
</context>
<context>
    <name>od::Draft</name>
    <message>
        <location filename="../src/core/Draft.cpp" line="27"/>
        <source>a draft needs an Id, a Domain and an Origin object</source>
        <translation>a draft needs an Id, a Domain and an Origin object</translation>
    </message>
</context>
<context>
    <name>od::DraftBook</name>
    <message>
        <location filename="../src/gui/DraftBook.cpp" line="40"/>
        <source>An edit of %1 left open when OriginDesk stopped could not be kept as a draft: %2. It stays in %3.</source>
        <translation>An edit of %1 left open when OriginDesk stopped could not be kept as a draft: %2. It stays in %3.</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftBook.cpp" line="189"/>
        <source>No change</source>
        <translation>No change</translation>
    </message>
</context>
<context>
    <name>od::DraftsDialog</name>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="36"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="54"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="54"/>
        <source>What changes</source>
        <translation>What changes</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="54"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="54"/>
        <source>Based on</source>
        <translation>Based on</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="54"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="75"/>
        <source>&amp;Origin…</source>
        <translation>&amp;Origin…</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="78"/>
        <source>&amp;Hot slave origins…</source>
        <translation>&amp;Hot slave origins…</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="86"/>
        <source>Discard the selected drafts (Delete)</source>
        <translation>Discard the selected drafts (Delete)</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="95"/>
        <source>No draft is ready: correct the ones marked Not ready first.</source>
        <translation>No draft is ready: correct the ones marked Not ready first.</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="101"/>
        <source>Import drafts</source>
        <translation>Import drafts</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="102"/>
        <source>Drafts or request bodies (*.json);;All files (*)</source>
        <translation>Drafts or request bodies (*.json);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/DraftsDialog.cpp" line="107"/>
        <source>%n draft(s) imported.</source>
        <translation>
            <numerusform>%n draft imported.</numerusform>
            <numerusform>%n drafts imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="117"/>
        <source>Export drafts</source>
        <translation>Export drafts</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="117"/>
        <location filename="../src/gui/DraftsDialog.cpp" line="142"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/DraftsDialog.cpp" line="120"/>
        <source>%n draft(s) saved to %1.</source>
        <translation>
            <numerusform>%n draft saved to %1.</numerusform>
            <numerusform>%n drafts saved to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="136"/>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="141"/>
        <source>Export UpdateDomainConfig request body</source>
        <translation>Export UpdateDomainConfig request body</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="145"/>
        <source>Export Terraform origin block</source>
        <translation>Export Terraform origin block</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="145"/>
        <source>Terraform (*.tf)</source>
        <translation>Terraform (*.tf)</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="157"/>
        <source>unknown (imported)</source>
        <translation>unknown (imported)</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="181"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="183"/>
        <location filename="../src/gui/DraftsDialog.cpp" line="202"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="186"/>
        <source>Not ready</source>
        <translation>Not ready</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="194"/>
        <source>Apply failed</source>
        <translation>Apply failed</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="210"/>
        <source>Drafts (%1)</source>
        <translation>Drafts (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="271"/>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="306"/>
        <source>Discard drafts?</source>
        <translation>Discard drafts?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/DraftsDialog.cpp" line="307"/>
        <source>Discard %n draft(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Discard %n draft? This cannot be undone.</numerusform>
            <numerusform>Discard %n drafts? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/DraftsDialog.cpp" line="316"/>
        <source>%n draft(s) discarded.</source>
        <translation>
            <numerusform>%n draft discarded.</numerusform>
            <numerusform>%n drafts discarded.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="335"/>
        <location filename="../src/gui/DraftsDialog.cpp" line="345"/>
        <source>The draft no longer exists.</source>
        <translation>The draft no longer exists.</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="356"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="362"/>
        <source>%1 is larger than 16 MB; it is not a drafts file.</source>
        <translation>%1 is larger than 16 MB; it is not a drafts file.</translation>
    </message>
</context>
<context>
    <name>od::EntriesEditor</name>
    <message>
        <location filename="../src/gui/EntriesEditor.cpp" line="31"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../src/gui/EntriesEditor.cpp" line="31"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../src/gui/EntriesEditor.cpp" line="31"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../src/gui/EntriesEditor.cpp" line="36"/>
        <source>An IPv4 or IPv6 address or a domain; the port is optional (1-65535); weights 1-100 apply to IPv4 addresses, to all of them or to none.</source>
        <translation>An IPv4 or IPv6 address or a domain; the port is optional (1-65535); weights 1-100 apply to IPv4 addresses, to all of them or to none.</translation>
    </message>
</context>
<context>
    <name>od::HistoryDialog</name>
    <message>
        <location filename="../src/gui/HistoryDialog.cpp" line="32"/>
        <source>&amp;Roll back…</source>
        <translation>&amp;Roll back…</translation>
    </message>
    <message>
        <location filename="../src/gui/HistoryDialog.cpp" line="34"/>
        <source>Make a draft that puts the configuration from before this change back, and review it</source>
        <translation>Make a draft that puts the configuration from before this change back, and review it</translation>
    </message>
    <message>
        <location filename="../src/gui/HistoryDialog.cpp" line="45"/>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../src/gui/HistoryDialog.cpp" line="45"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../src/gui/HistoryDialog.cpp" line="45"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../src/gui/HistoryDialog.cpp" line="45"/>
        <source>RequestId</source>
        <translation>RequestId</translation>
    </message>
    <message>
        <location filename="../src/gui/HistoryDialog.cpp" line="76"/>
        <source>The history cannot be read: %1</source>
        <translation>The history cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/HistoryDialog.cpp" line="78"/>
        <source>Change history</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../src/gui/HistoryDialog.cpp" line="78"/>
        <source>Change history – %1</source>
        <translation>Change history – %1</translation>
    </message>
    <message>
        <location filename="../src/gui/HistoryDialog.cpp" line="90"/>
        <source>No origin change</source>
        <translation>No origin change</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/HistoryDialog.cpp" line="94"/>
        <source>%n change(s) recorded on this computer.</source>
        <translation>
            <numerusform>%n change recorded on this computer.</numerusform>
            <numerusform>%n changes recorded on this computer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/HistoryDialog.cpp" line="123"/>
        <source>%1, applied %2, RequestId %3</source>
        <translation>%1, applied %2, RequestId %3</translation>
    </message>
    <message>
        <location filename="../src/gui/HistoryDialog.cpp" line="127"/>
        <source>Before:</source>
        <translation>Before:</translation>
    </message>
    <message>
        <location filename="../src/gui/HistoryDialog.cpp" line="127"/>
        <source>After:</source>
        <translation>After:</translation>
    </message>
</context>
<context>
    <name>od::MainWindow</name>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="49"/>
        <location filename="../src/gui/MainWindowChanges.cpp" line="143"/>
        <source>OFFLINE</source>
        <translation>OFFLINE</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="67"/>
        <source>Pages %v / %m</source>
        <translation>Pages %v / %m</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="85"/>
        <source>Working offline: the list is the last known configuration and every change is saved as a draft.</source>
        <translation>Working offline: the list is the last known configuration and every change is saved as a draft.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="90"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="94"/>
        <source>All origin types</source>
        <translation>All origin types</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="155"/>
        <source>About OriginDesk</source>
        <translation>About OriginDesk</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="156"/>
        <source>&lt;h3&gt;OriginDesk %1&lt;/h3&gt;&lt;p&gt;A desktop console for the origin servers of Tencent Cloud CDN domains.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OriginDesk %1&lt;/h3&gt;&lt;p&gt;A desktop console for the origin servers of Tencent Cloud CDN domains.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="196"/>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="225"/>
        <source>Closing after the domain being applied now…</source>
        <translation>Closing after the domain being applied now…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="253"/>
        <source>The language changes the next time OriginDesk starts.</source>
        <translation>The language changes the next time OriginDesk starts.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowAccounts.cpp" line="20"/>
        <source>Sandbox (built-in)</source>
        <translation>Sandbox (built-in)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowAccounts.cpp" line="33"/>
        <source>Drafts are being applied to this account: stop or finish that first.</source>
        <translation>Drafts are being applied to this account: stop or finish that first.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="169"/>
        <location filename="../src/gui/MainWindowAccounts.cpp" line="60"/>
        <source>Reading the key of %1 from the keychain…</source>
        <translation>Reading the key of %1 from the keychain…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowAccounts.cpp" line="67"/>
        <source>%1 cannot be used: %2</source>
        <translation>%1 cannot be used: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowAccounts.cpp" line="78"/>
        <source>%1 cannot go online: %2 Still working offline.</source>
        <translation>%1 cannot go online: %2 Still working offline.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowAccounts.cpp" line="83"/>
        <source>Keychain unavailable</source>
        <translation>Keychain unavailable</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowAccounts.cpp" line="84"/>
        <source>Enter the SecretKey of %1 for this run only? It stays in memory and is never written to a file.</source>
        <translation>Enter the SecretKey of %1 for this run only? It stays in memory and is never written to a file.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowAccounts.cpp" line="89"/>
        <source>SecretKey for this run</source>
        <translation>SecretKey for this run</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowAccounts.cpp" line="90"/>
        <source>SecretKey of %1 (SecretId %2):</source>
        <translation>SecretKey of %1 (SecretId %2):</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowAccounts.cpp" line="95"/>
        <source>Token for this run</source>
        <translation>Token for this run</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowAccounts.cpp" line="95"/>
        <source>Token of %1:</source>
        <translation>Token of %1:</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="272"/>
        <source>Account: %1 · %2</source>
        <translation>Account: %1 · %2</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="45"/>
        <source>The API cannot be reached: %1 Showing the offline copy; changes are saved as drafts. Press F5 to try again.</source>
        <translation>The API cannot be reached: %1 Showing the offline copy; changes are saved as drafts. Press F5 to try again.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="51"/>
        <source>There is no offline copy of this account yet: turn Work Offline off once to read it.</source>
        <translation>There is no offline copy of this account yet: turn Work Offline off once to read it.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="86"/>
        <source>The offline copy could not be saved: %1</source>
        <translation>The offline copy could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="120"/>
        <source>Live · read %1</source>
        <translation>Live · read %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="123"/>
        <source>Offline · no copy yet</source>
        <translation>Offline · no copy yet</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="127"/>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindowChanges.cpp" line="129"/>
        <source>%n minute(s) old</source>
        <translation>
            <numerusform>%n minute old</numerusform>
            <numerusform>%n minutes old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindowChanges.cpp" line="131"/>
        <source>%n hour(s) old</source>
        <translation>
            <numerusform>%n hour old</numerusform>
            <numerusform>%n hours old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindowChanges.cpp" line="133"/>
        <source>%n day(s) old</source>
        <translation>
            <numerusform>%n day old</numerusform>
            <numerusform>%n days old</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="134"/>
        <source>Offline copy from %1 (%2)</source>
        <translation>Offline copy from %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="142"/>
        <source>API UNREACHABLE</source>
        <translation>API UNREACHABLE</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="148"/>
        <source>Reload the offline copy (F5); turn Work Offline off to read live</source>
        <translation>Reload the offline copy (F5); turn Work Offline off to read live</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="149"/>
        <source>Reload the domain list (F5)</source>
        <translation>Reload the domain list (F5)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="160"/>
        <source>Drafts (%1)</source>
        <translation>Drafts (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="160"/>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindowChanges.cpp" line="161"/>
        <source>Drafts: %n waiting</source>
        <translation>
            <numerusform>Drafts: %n waiting</numerusform>
            <numerusform>Drafts: %n waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="184"/>
        <source>Turn Work Offline off to review and apply drafts.</source>
        <translation>Turn Work Offline off to review and apply drafts.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="185"/>
        <source>The API cannot be reached, so drafts cannot be applied now. Press F5 to try again.</source>
        <translation>The API cannot be reached, so drafts cannot be applied now. Press F5 to try again.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="226"/>
        <source>Roll back?</source>
        <translation>Roll back?</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="227"/>
        <source>Make a draft that puts back the origin of %1 from before this change? It is compared with the live configuration before anything is sent.</source>
        <translation>Make a draft that puts back the origin of %1 from before this change? It is compared with the live configuration before anything is sent.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="235"/>
        <source>The rollback draft could not be saved: %1</source>
        <translation>The rollback draft could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="263"/>
        <source>Edit draft – %1</source>
        <translation>Edit draft – %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="267"/>
        <source>the draft was discarded meanwhile.</source>
        <translation>the draft was discarded meanwhile.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="293"/>
        <source>%n edit(s) still open when OriginDesk last stopped are kept as drafts: %1. Review them in Drafts.</source>
        <translation>
            <numerusform>%n edit still open when OriginDesk last stopped is kept as a draft: %1. Review it in Drafts.</numerusform>
            <numerusform>%n edits still open when OriginDesk last stopped are kept as drafts: %1. Review them in Drafts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="349"/>
        <source>Loading domains…</source>
        <translation>Loading domains…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="371"/>
        <source>The domain list could not be loaded completely: %1</source>
        <translation>The domain list could not be loaded completely: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="386"/>
        <source>%n draft(s) waiting to be reviewed and applied: open Drafts (Ctrl+Shift+D).</source>
        <translation>
            <numerusform>%n draft waiting to be reviewed and applied: open Drafts (Ctrl+Shift+D).</numerusform>
            <numerusform>%n drafts waiting to be reviewed and applied: open Drafts (Ctrl+Shift+D).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="417"/>
        <source>%1 is not a domain of this account.</source>
        <translation>%1 is not a domain of this account.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="438"/>
        <source>%n domain(s) in the offline copy; loading the live list…</source>
        <translation>
            <numerusform>%n domain in the offline copy; loading the live list…</numerusform>
            <numerusform>%n domains in the offline copy; loading the live list…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="440"/>
        <source>%n domain(s); reading the live list again…</source>
        <translation>
            <numerusform>%n domain; reading the live list again…</numerusform>
            <numerusform>%n domains; reading the live list again…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="442"/>
        <source>Loading… %n domain(s) so far</source>
        <translation>
            <numerusform>Loading… %n domain so far</numerusform>
            <numerusform>Loading… %n domains so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="444"/>
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n domain</numerusform>
            <numerusform>%n domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="446"/>
        <source>%1 of %n domain(s) shown</source>
        <translation>
            <numerusform>%1 of %n domain shown</numerusform>
            <numerusform>%1 of %n domains shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="528"/>
        <source>Start %1? The CDN will serve it again.</source>
        <translation>Start %1? The CDN will serve it again.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="529"/>
        <source>Stop %1? While it is stopped, edge nodes answer 404 for every request to it.</source>
        <translation>Stop %1? While it is stopped, edge nodes answer 404 for every request to it.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="530"/>
        <source>Start domain</source>
        <translation>Start domain</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="530"/>
        <source>Stop domain</source>
        <translation>Stop domain</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="534"/>
        <source>Starting %1…</source>
        <translation>Starting %1…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="534"/>
        <source>Stopping %1…</source>
        <translation>Stopping %1…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="537"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 could not be started: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="537"/>
        <source>%1 could not be stopped: %2</source>
        <translation>%1 could not be stopped: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="542"/>
        <source>%1 is starting (RequestId %2).</source>
        <translation>%1 is starting (RequestId %2).</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="543"/>
        <source>%1 is stopping (RequestId %2).</source>
        <translation>%1 is stopping (RequestId %2).</translation>
    </message>
</context>
<context>
    <name>od::ManageDialog</name>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="44"/>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="46"/>
        <source>Changes applied to this domain from this computer, with roll back</source>
        <translation>Changes applied to this domain from this computer, with roll back</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="48"/>
        <source>D&amp;rafts…</source>
        <translation>D&amp;rafts…</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="92"/>
        <source>Working offline: Modify, hot slave origins and Switch master/slave save drafts. Review and apply them from Drafts when you are back online.</source>
        <translation>Working offline: Modify, hot slave origins and Switch master/slave save drafts. Review and apply them from Drafts when you are back online.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/ManageDialog.cpp" line="95"/>
        <source>%n draft(s) of this domain waiting; the newest: %1</source>
        <translation>
            <numerusform>%n draft of this domain waiting; the newest: %1</numerusform>
            <numerusform>%n drafts of this domain waiting; the newest: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="105"/>
        <source>Offline: showing the last known configuration.</source>
        <translation>Offline: showing the last known configuration.</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="110"/>
        <source>Reading the configuration of %1…</source>
        <translation>Reading the configuration of %1…</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="120"/>
        <source>Showing the list&apos;s copy: %1</source>
        <translation>Showing the list&apos;s copy: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="128"/>
        <source>Manage – %1</source>
        <translation>Manage – %1</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="176"/>
        <source>Delete hot slave origins?</source>
        <translation>Delete hot slave origins?</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="177"/>
        <source>Delete the hot slave origins of %1? Failed back-to-origin requests will no longer be retried.</source>
        <translation>Delete the hot slave origins of %1? Failed back-to-origin requests will no longer be retried.</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="188"/>
        <source>Deleting the hot slave origins</source>
        <translation>Deleting the hot slave origins</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="195"/>
        <location filename="../src/gui/ManageDialog.cpp" line="206"/>
        <source>Switch master/slave</source>
        <translation>Switch master/slave</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="207"/>
        <source>The switch would leave %1 with an invalid origin, so it was not applied. Use Modify to change the origins instead.</source>
        <translation>The switch would leave %1 with an invalid origin, so it was not applied. Use Modify to change the origins instead.</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="217"/>
        <source>Switch master/slave?</source>
        <translation>Switch master/slave?</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="218"/>
        <source>Switching master and slave of %1 loses:</source>
        <translation>Switching master and slave of %1 loses:</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="225"/>
        <source>Switching master and slave</source>
        <translation>Switching master and slave</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="232"/>
        <source>The draft could not be saved: %1</source>
        <translation>The draft could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="238"/>
        <source>Saved as a draft. Review and apply it from Drafts.</source>
        <translation>Saved as a draft. Review and apply it from Drafts.</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="239"/>
        <source>Saved as a draft (%1). Review and apply it from Drafts.</source>
        <translation>Saved as a draft (%1). Review and apply it from Drafts.</translation>
    </message>
</context>
<context>
    <name>od::OriginApplier</name>
    <message>
        <location filename="../src/gui/OriginApplier.cpp" line="40"/>
        <source>The domain %1 is no longer in this account.</source>
        <translation>The domain %1 is no longer in this account.</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginApplier.cpp" line="51"/>
        <source>Sending the change to %1…</source>
        <translation>Sending the change to %1…</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginApplier.cpp" line="67"/>
        <source>Reading %1 back to verify…</source>
        <translation>Reading %1 back to verify…</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginApplier.cpp" line="84"/>
        <source>%1 reads back with a different origin than the one sent.</source>
        <translation>%1 reads back with a different origin than the one sent.</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginApplier.cpp" line="97"/>
        <source>The change was applied but not recorded in the history (%1): %2</source>
        <translation>The change was applied but not recorded in the history (%1): %2</translation>
    </message>
</context>
<context>
    <name>od::OriginEditDialogBase</name>
    <message>
        <location filename="../src/gui/OriginEditDialogBase.cpp" line="59"/>
        <source>What you typed cannot be kept on disk while the editor is open (%1); save it as a draft or apply it before closing OriginDesk.</source>
        <translation>What you typed cannot be kept on disk while the editor is open (%1); save it as a draft or apply it before closing OriginDesk.</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditDialogBase.cpp" line="70"/>
        <source>Discard the changes?</source>
        <translation>Discard the changes?</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditDialogBase.cpp" line="71"/>
        <source>Discard the changes to %1? They have not been saved or applied.</source>
        <translation>Discard the changes to %1? They have not been saved or applied.</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditDialogBase.cpp" line="107"/>
        <source>Save as &amp;draft</source>
        <translation>Save as &amp;draft</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditDialogBase.cpp" line="109"/>
        <source>Keep this change as a draft to review and apply later.</source>
        <translation>Keep this change as a draft to review and apply later.</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditDialogBase.cpp" line="137"/>
        <source>Save a draft that is not ready?</source>
        <translation>Save a draft that is not ready?</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditDialogBase.cpp" line="138"/>
        <source>The change to %1 breaks these rules. It can be kept as a draft, but it cannot be reviewed or applied until they are corrected.</source>
        <translation>The change to %1 breaks these rules. It can be kept as a draft, but it cannot be reviewed or applied until they are corrected.</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditDialogBase.cpp" line="146"/>
        <source>The draft could not be saved: %1</source>
        <translation>The draft could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditDialogBase.cpp" line="180"/>
        <source>Correct the errors shown before applying.</source>
        <translation>Correct the errors shown before applying.</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditDialogBase.cpp" line="181"/>
        <source>Nothing has changed yet.</source>
        <translation>Nothing has changed yet.</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditDialogBase.cpp" line="195"/>
        <source>Apply with warnings?</source>
        <translation>Apply with warnings?</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditDialogBase.cpp" line="196"/>
        <source>The change to %1 has warnings:</source>
        <translation>The change to %1 has warnings:</translation>
    </message>
</context>
<context>
    <name>od::OriginEditorDialog</name>
    <message>
        <location filename="../src/gui/OriginEditorDialog.cpp" line="18"/>
        <source>Modify Origin Server – %1</source>
        <translation>Modify Origin Server – %1</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditorDialog.cpp" line="21"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditorDialog.cpp" line="22"/>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditorDialog.cpp" line="23"/>
        <source>Follow (same as the request)</source>
        <translation>Follow (same as the request)</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditorDialog.cpp" line="32"/>
        <source>Hot slave origins do not support HTTPS back-to-origin.</source>
        <translation>Hot slave origins do not support HTTPS back-to-origin.</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditorDialog.cpp" line="35"/>
        <source>HTTPS is unavailable: this domain has hot slave origins, which do not support HTTPS back-to-origin. Remove them first to choose HTTPS.</source>
        <translation>HTTPS is unavailable: this domain has hot slave origins, which do not support HTTPS back-to-origin. Remove them first to choose HTTPS.</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditorDialog.cpp" line="40"/>
        <source>%1 (the acceleration domain)</source>
        <translation>%1 (the acceleration domain)</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditorDialog.cpp" line="55"/>
        <source>This domain uses %1 (%2), which is edited in the Tencent Cloud console; only the protocol and host header can be changed here.</source>
        <translation>This domain uses %1 (%2), which is edited in the Tencent Cloud console; only the protocol and host header can be changed here.</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditorDialog.cpp" line="95"/>
        <source>Switch to %1?</source>
        <translation>Switch to %1?</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditorDialog.cpp" line="96"/>
        <source>Switching %1 to %2 removes:</source>
        <translation>Switching %1 to %2 removes:</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditorDialog.cpp" line="124"/>
        <source>Applying this switch:</source>
        <translation>Applying this switch:</translation>
    </message>
</context>
<context>
    <name>od::OriginPanel</name>
    <message>
        <location filename="../src/gui/OriginPanel.cpp" line="27"/>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginPanel.cpp" line="46"/>
        <location filename="../src/gui/OriginPanel.cpp" line="49"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginPanel.cpp" line="46"/>
        <location filename="../src/gui/OriginPanel.cpp" line="49"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginPanel.cpp" line="46"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginPanel.cpp" line="74"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginPanel.cpp" line="80"/>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginPanel.cpp" line="81"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginPanel.cpp" line="82"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginPanel.cpp" line="90"/>
        <source>Slave host header: %1</source>
        <translation>Slave host header: %1</translation>
    </message>
</context>
<context>
    <name>od::ReviewDialog</name>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="69"/>
        <source>Highlighted: %1 %2</source>
        <translation>Highlighted: %1 %2</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="70"/>
        <source>changed live since the draft was made</source>
        <translation>changed live since the draft was made</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="71"/>
        <source>what the draft changes</source>
        <translation>what the draft changes</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="72"/>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="79"/>
        <source>&amp;Copy results</source>
        <translation>&amp;Copy results</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="81"/>
        <source>Copy every domain with its changes and result (RequestIds, errors) as text</source>
        <translation>Copy every domain with its changes and result (RequestIds, errors) as text</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="88"/>
        <source>Domain and changes (live → draft)</source>
        <translation>Domain and changes (live → draft)</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="88"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="88"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="108"/>
        <source>Reading the live configuration…</source>
        <translation>Reading the live configuration…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/ReviewDialog.cpp" line="113"/>
        <source>%n draft(s) compared with the live configuration, read now. Nothing is sent until you press Apply; a domain whose live configuration changed since its draft was made is kept unless you choose otherwise.</source>
        <translation>
            <numerusform>%n draft compared with the live configuration, read now. Nothing is sent until you press Apply; a domain whose live configuration changed since its draft was made is kept unless you choose otherwise.</numerusform>
            <numerusform>%n drafts compared with the live configuration, read now. Nothing is sent until you press Apply; a domain whose live configuration changed since its draft was made is kept unless you choose otherwise.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="131"/>
        <source>(not known)</source>
        <translation>(not known)</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="133"/>
        <source>Type: %1 (%2)</source>
        <translation>Type: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="134"/>
        <source>Origins: %1</source>
        <translation>Origins: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="136"/>
        <source>Hot slave origins: %1</source>
        <translation>Hot slave origins: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="137"/>
        <source>Protocol: %1</source>
        <translation>Protocol: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="137"/>
        <source>(default)</source>
        <translation>(default)</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="139"/>
        <source>Host header: %1</source>
        <translation>Host header: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="141"/>
        <source>Slave host header: %1</source>
        <translation>Slave host header: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="143"/>
        <source>Private bucket access: %1</source>
        <translation>Private bucket access: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="160"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="194"/>
        <source>%1: live changed since the draft was made</source>
        <translation>%1: live changed since the draft was made</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="195"/>
        <source>%1: base / live / draft</source>
        <translation>%1: base / live / draft</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="201"/>
        <source>Draft rebased on live (to apply)</source>
        <translation>Draft rebased on live (to apply)</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="201"/>
        <source>Draft (to apply)</source>
        <translation>Draft (to apply)</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="226"/>
        <location filename="../src/gui/ReviewDialog.cpp" line="417"/>
        <source>Could not read the live configuration: %1</source>
        <translation>Could not read the live configuration: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="237"/>
        <source>Action for %1</source>
        <translation>Action for %1</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="238"/>
        <source>Apply the draft anyway</source>
        <translation>Apply the draft anyway</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="238"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="240"/>
        <source>Rebase the draft on live</source>
        <translation>Rebase the draft on live</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="241"/>
        <source>Keep for later</source>
        <translation>Keep for later</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="262"/>
        <source>Live already matches the draft.</source>
        <translation>Live already matches the draft.</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="268"/>
        <source>Live changed since the draft was made: choose apply anyway, rebase, or keep.</source>
        <translation>Live changed since the draft was made: choose apply anyway, rebase, or keep.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/ReviewDialog.cpp" line="272"/>
        <source>%n change(s) to apply.</source>
        <translation>
            <numerusform>%n change to apply.</numerusform>
            <numerusform>%n changes to apply.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="295"/>
        <source>Rebased on live, the draft breaks the rules: edit it from Drafts or choose another action.</source>
        <translation>Rebased on live, the draft breaks the rules: edit it from Drafts or choose another action.</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="331"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="334"/>
        <source>Reading the live configuration: %1 of %2…</source>
        <translation>Reading the live configuration: %1 of %2…</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="337"/>
        <source>%1 to apply; %2 changed live since the draft was made.</source>
        <translation>%1 to apply; %2 changed live since the draft was made.</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="359"/>
        <source>%v of %m domains</source>
        <translation>%v of %m domains</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="361"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="371"/>
        <source>Stopping after the domain in flight…</source>
        <translation>Stopping after the domain in flight…</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="387"/>
        <source>Not applied (stopped); still a draft.</source>
        <translation>Not applied (stopped); still a draft.</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="398"/>
        <source>Done: %1 applied, %2 failed. Failed and kept domains stay in Drafts.</source>
        <translation>Done: %1 applied, %2 failed. Failed and kept domains stay in Drafts.</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="407"/>
        <source>Reading the live configuration again…</source>
        <translation>Reading the live configuration again…</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="408"/>
        <source>Applying %1…</source>
        <translation>Applying %1…</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="423"/>
        <source>The live configuration changed again during this review; kept as a draft. Review it again.</source>
        <translation>The live configuration changed again during this review; kept as a draft. Review it again.</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="439"/>
        <source>Rebased on live, the draft breaks the rules; kept. Edit it from Drafts.</source>
        <translation>Rebased on live, the draft breaks the rules; kept. Edit it from Drafts.</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="450"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="460"/>
        <source>Applied (RequestId %1).</source>
        <translation>Applied (RequestId %1).</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="474"/>
        <source>Accepted (RequestId %1) but not verified: %2 Kept as a draft: review it again to see where the domain stands.</source>
        <translation>Accepted (RequestId %1) but not verified: %2 Kept as a draft: review it again to see where the domain stands.</translation>
    </message>
</context>
<context>
    <name>od::SecretStore</name>
    <message>
        <location filename="../src/credentials/SecretStore.cpp" line="42"/>
        <source>The keychain holds no SecretKey for this account. Enter it again (Accounts → Edit).</source>
        <translation>The keychain holds no SecretKey for this account. Enter it again (Accounts → Edit).</translation>
    </message>
    <message>
        <location filename="../src/credentials/SecretStore.cpp" line="48"/>
        <source>The keychain refused access (%1). Unlock it and allow OriginDesk, or keep the key for this run only.</source>
        <translation>The keychain refused access (%1). Unlock it and allow OriginDesk, or keep the key for this run only.</translation>
    </message>
    <message>
        <location filename="../src/credentials/SecretStore.cpp" line="55"/>
        <source>No keyring service is running (%1). Start one (on Linux: gnome-keyring or KWallet with the Secret Service), or keep the key for this run only; OriginDesk never writes it to a file.</source>
        <translation>No keyring service is running (%1). Start one (on Linux: gnome-keyring or KWallet with the Secret Service), or keep the key for this run only; OriginDesk never writes it to a file.</translation>
    </message>
    <message>
        <location filename="../src/credentials/SecretStore.cpp" line="62"/>
        <source>The keychain could not be used (%1). Check that it is running and unlocked, or keep the key for this run only; OriginDesk never writes it to a file.</source>
        <translation>The keychain could not be used (%1). Check that it is running and unlocked, or keep the key for this run only; OriginDesk never writes it to a file.</translation>
    </message>
</context>
<context>
    <name>od::SlaveEditorDialog</name>
    <message>
        <location filename="../src/gui/SlaveEditorDialog.cpp" line="18"/>
        <source>Hot slave origins can only be added to a domain whose origin is an own origin (this one is a %1).</source>
        <translation>Hot slave origins can only be added to a domain whose origin is an own origin (this one is a %1).</translation>
    </message>
    <message>
        <location filename="../src/gui/SlaveEditorDialog.cpp" line="22"/>
        <source>HTTPS back-to-origin is selected, which slave origins do not support. Change the origin-pull protocol to HTTP or Follow (Modify) before adding hot slave origins.</source>
        <translation>HTTPS back-to-origin is selected, which slave origins do not support. Change the origin-pull protocol to HTTP or Follow (Modify) before adding hot slave origins.</translation>
    </message>
    <message>
        <location filename="../src/gui/SlaveEditorDialog.cpp" line="27"/>
        <source>Hot slave origins are not supported behind an IPv6 master origin.</source>
        <translation>Hot slave origins are not supported behind an IPv6 master origin.</translation>
    </message>
    <message>
        <location filename="../src/gui/SlaveEditorDialog.cpp" line="38"/>
        <source>Edit Hot Slave Origins – %1</source>
        <translation>Edit Hot Slave Origins – %1</translation>
    </message>
    <message>
        <location filename="../src/gui/SlaveEditorDialog.cpp" line="39"/>
        <source>Add Hot Slave Origin – %1</source>
        <translation>Add Hot Slave Origin – %1</translation>
    </message>
    <message>
        <location filename="../src/gui/SlaveEditorDialog.cpp" line="45"/>
        <source>%1 (the master&apos;s host header)</source>
        <translation>%1 (the master&apos;s host header)</translation>
    </message>
</context>
<context>
    <name>od::TccliImportDialog</name>
    <message>
        <location filename="../src/gui/TccliImportDialog.cpp" line="19"/>
        <source>%1 – %2, SecretId %3%4</source>
        <translation>%1 – %2, SecretId %3%4</translation>
    </message>
    <message>
        <location filename="../src/gui/TccliImportDialog.cpp" line="22"/>
        <source>, temporary</source>
        <translation>, temporary</translation>
    </message>
    <message>
        <location filename="../src/gui/TccliImportDialog.cpp" line="28"/>
        <source>No tccli profiles were found in %1.</source>
        <translation>No tccli profiles were found in %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/TccliImportDialog.cpp" line="32"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>od::Workspace</name>
    <message>
        <location filename="../src/gui/Workspace.cpp" line="31"/>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/Workspace.cpp" line="39"/>
        <source>The sandbox state %1 cannot be read (%2). Move it away to start with fresh demo domains.</source>
        <translation>The sandbox state %1 cannot be read (%2). Move it away to start with fresh demo domains.</translation>
    </message>
    <message>
        <location filename="../src/gui/Workspace.cpp" line="48"/>
        <source>The sandbox could not start: %1</source>
        <translation>The sandbox could not start: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/Workspace.cpp" line="57"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location filename="../src/gui/Workspace.cpp" line="80"/>
        <source>The temporary credentials of %1 expired at %2. Edit the account with new ones.</source>
        <translation>The temporary credentials of %1 expired at %2. Edit the account with new ones.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountEditDialog</name>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="6"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="10"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="11"/>
        <source>Account name</source>
        <translation>账号名称</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="12"/>
        <source>&amp;Site:</source>
        <translation>站点(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="13"/>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="14"/>
        <source>&amp;Endpoint:</source>
        <translation>接入点(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="15"/>
        <source>https://cdn.ap-guangzhou.tencentcloudapi.com</source>
        <translation>https://cdn.ap-guangzhou.tencentcloudapi.com</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="16"/>
        <source>Secret&amp;Id:</source>
        <translation>Secret&amp;Id：</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="17"/>
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="18"/>
        <source>Secret&amp;Key:</source>
        <translation>Secret&amp;Key：</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="19"/>
        <source>SecretKey</source>
        <translation>SecretKey</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="20"/>
        <source>&amp;Temporary credentials (with a token)</source>
        <translation>临时凭证（含 Token）(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="21"/>
        <source>T&amp;oken:</source>
        <translation>T&amp;oken：</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="22"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="23"/>
        <source>E&amp;xpires:</source>
        <translation>过期时间(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="29"/>
        <source>The SecretKey and Token are kept only in the operating system&apos;s keychain, never in a file.</source>
        <translation>SecretKey 和 Token 只保存在操作系统的钥匙串中，绝不写入文件。</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../ui/AccountsDialog.ui" line="6"/>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.ui" line="12"/>
        <source>Saved accounts</source>
        <translation>已保存的账号</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.ui" line="22"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.ui" line="23"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.ui" line="24"/>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.ui" line="25"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.ui" line="26"/>
        <source>Import from &amp;environment…</source>
        <translation>从环境变量导入(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.ui" line="27"/>
        <source>Import from t&amp;ccli…</source>
        <translation>从 tccli 导入(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../src/api/ApiError.cpp" line="64"/>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="89"/>
        <source>Check the SecretId of this account: it is unknown or disabled (look for stray spaces).</source>
        <translation>请检查此账号的 SecretId：它不存在或已被禁用（注意多余的空格）。</translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="91"/>
        <source>Check the SecretKey of this account: the signature does not match.</source>
        <translation>请检查此账号的 SecretKey：签名不匹配。</translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="93"/>
        <source>The computer&apos;s clock is more than 5 minutes off; correct the system time.</source>
        <translation>本机时钟偏差超过 5 分钟，请校正系统时间。</translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="95"/>
        <source>The temporary credentials&apos; token is invalid or expired; get new temporary credentials.</source>
        <translation>临时凭证的 Token 无效或已过期，请重新获取临时凭证。</translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="98"/>
        <source>This key is not allowed to do this; ask the account&apos;s administrator for the CDN permission.</source>
        <translation>此密钥无权执行该操作，请联系账号管理员授予 CDN 权限。</translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="102"/>
        <source>The service is rate limiting; wait a moment and try again.</source>
        <translation>服务正在限频，请稍候再试。</translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="104"/>
        <source>The domain is still deploying an earlier change; try again when it is back online.</source>
        <translation>域名仍在部署之前的变更，请在其恢复为已启动后再试。</translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="106"/>
        <source>The domain does not exist in this account; refresh the list.</source>
        <translation>此账号下不存在该域名，请刷新列表。</translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="108"/>
        <source>The domain is locked (read-only); it cannot be changed until the lock is lifted.</source>
        <translation>域名已被锁定（只读），解除锁定前无法修改。</translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="110"/>
        <source>The service refused a value; correct it and apply again.</source>
        <translation>服务拒绝了某个取值，请修改后重新提交。</translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="120"/>
        <source>The CDN API refused the request: %1 (%2).</source>
        <translation>CDN API 拒绝了请求：%1（%2）。</translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="125"/>
        <source>RequestId: %1</source>
        <translation>RequestId：%1</translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="129"/>
        <source>The server answered HTTP %1: %2</source>
        <translation>服务器返回 HTTP %1：%2</translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="131"/>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>无法读取服务器的响应：%1</translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="133"/>
        <source>The CDN API could not be reached: %1</source>
        <translation>无法连接 CDN API：%1</translation>
    </message>
</context>
<context>
    <name>ApplyStatusPanel</name>
    <message>
        <location filename="../ui/ApplyStatusPanel.ui" line="21"/>
        <source>Applying</source>
        <translation>正在提交</translation>
    </message>
    <message>
        <location filename="../ui/ApplyStatusPanel.ui" line="38"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/ApplyStatusPanel.ui" line="50"/>
        <source>&amp;Copy error details</source>
        <translation>复制错误详情(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="106"/>
        <location filename="../src/cli/CliCommands.cpp" line="305"/>
        <location filename="../src/cli/CliCommands.cpp" line="346"/>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="134"/>
        <source>error: unknown command &quot;%1&quot;; see --help.</source>
        <translation>错误：未知命令“%1”，请参阅 --help。</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="145"/>
        <source>error: --filter takes NAME=VALUE[,VALUE...], e.g. status=online</source>
        <translation>错误：--filter 的格式为 NAME=VALUE[,VALUE...]，例如 status=online</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="181"/>
        <source>DOMAIN</source>
        <translation>域名</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="181"/>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="181"/>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="181"/>
        <source>PROTOCOL</source>
        <translation>回源协议</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="182"/>
        <source>MASTERS</source>
        <translation>主源站</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="182"/>
        <source>SLAVES</source>
        <translation>热备源站</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliCommands.cpp" line="190"/>
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n 个域名</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="212"/>
        <source>The domain %1 is not in this account.</source>
        <translation>此账号下没有域名 %1。</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="230"/>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="231"/>
        <source>CNAME</source>
        <translation>CNAME</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="232"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="233"/>
        <source>Service type</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="234"/>
        <source>Area</source>
        <translation>加速区域</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="235"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="236"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="237"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="238"/>
        <source>Origin type</source>
        <translation>源站类型</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="240"/>
        <source>Master origins</source>
        <translation>主源站</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="241"/>
        <source>Origin-pull protocol</source>
        <translation>回源协议</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="242"/>
        <source>Origin host header</source>
        <translation>回源 HOST</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="244"/>
        <source>COS private access</source>
        <translation>COS 私有存储桶访问</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="245"/>
        <source>Hot slave origins</source>
        <translation>热备源站</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="245"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="247"/>
        <source>Slave host header</source>
        <translation>热备源站回源 HOST</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="255"/>
        <source>Dry run: %1 to %2 is not sent. Request body:</source>
        <translation>试运行：%1 未发送到 %2。请求体：</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="270"/>
        <source>(RequestId %1)</source>
        <translation>（RequestId %1）</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="278"/>
        <source>Starting %1.</source>
        <translation>正在启动 %1。</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="278"/>
        <source>Stopping %1.</source>
        <translation>正在关闭 %1。</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="330"/>
        <source>error: add-slave needs --slaves ADDRESS[,ADDRESS...]</source>
        <translation>错误：add-slave 需要 --slaves ADDRESS[,ADDRESS...]</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="338"/>
        <source>error: %1 has no hot slave origin.</source>
        <translation>错误：%1 没有热备源站。</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="359"/>
        <source>error: </source>
        <translation>错误：</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="359"/>
        <source>warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="361"/>
        <source>Nothing was sent: the change breaks the rules above.</source>
        <translation>未发送任何请求：此变更违反了上述规则。</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="366"/>
        <source>note: %1 %2</source>
        <translation>注意：%1 %2</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="367"/>
        <source>Nothing was sent: this change loses the above. Run again with --yes to apply it.</source>
        <translation>未发送任何请求：此变更会丢失以上内容。如确认应用，请加 --yes 重新运行。</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="372"/>
        <source>Nothing to change on %1.</source>
        <translation>%1 无需修改。</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="378"/>
        <source>Updated the origin of %1.</source>
        <translation>已更新 %1 的源站。</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="388"/>
        <source>warning: the change was applied but not recorded in the history: %1</source>
        <translation>警告：变更已生效，但未能记入变更历史：%1</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="400"/>
        <source>error: the history cannot be read: %1</source>
        <translation>错误：无法读取历史：%1</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="417"/>
        <source>No change recorded for this account on this computer.</source>
        <translation>本机没有此账号的变更记录。</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="418"/>
        <source>No change recorded for %1 on this computer.</source>
        <translation>本机没有 %1 的变更记录。</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="440"/>
        <source>error: no change to %1 is recorded on this computer, so there is nothing to roll back.</source>
        <translation>错误：本机没有 %1 的变更记录，无可回滚。</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="451"/>
        <source>Rolling back the change of %1 (RequestId %2) on %3:</source>
        <translation>回滚 %3 于 %1 的变更（RequestId %2）：</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="458"/>
        <source>Nothing was sent: %1 changed again after that change, and rolling back would undo the later change too. Check with &quot;domain show&quot;, then run again with --yes.</source>
        <translation>未发送任何内容：%1 在那次变更之后又有变化，回滚也会撤销之后的变更。请先用 &quot;domain show&quot; 检查，再加 --yes 重新运行。</translation>
    </message>
</context>
<context>
    <name>DomainCache</name>
    <message>
        <location filename="../src/core/DomainCache.cpp" line="31"/>
        <location filename="../src/core/DomainCache.cpp" line="45"/>
        <location filename="../src/core/DomainCache.cpp" line="49"/>
        <source>The offline copy cannot be kept: %1</source>
        <translation>无法保存离线副本：%1</translation>
    </message>
    <message>
        <location filename="../src/core/DomainCache.cpp" line="39"/>
        <source>The offline copy %1 could not be read (%2); it was moved to %3 and a new one started.</source>
        <translation>无法读取离线副本 %1（%2）；已将其移至 %3 并新建副本。</translation>
    </message>
    <message>
        <location filename="../src/core/DomainCache.cpp" line="125"/>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location filename="../src/core/DomainCache.cpp" line="144"/>
        <source>it was written by a newer OriginDesk</source>
        <translation>它由更新版本的 OriginDesk 写入</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/DomainCache.cpp" line="277"/>
        <source>%n domain(s) in the offline copy could not be read and were skipped.</source>
        <translation>
            <numerusform>离线副本中有 %n 个域名无法读取，已跳过。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <location filename="../src/core/DraftStore.cpp" line="31"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../src/core/DraftStore.cpp" line="39"/>
        <source>%1 cannot be read (%2); it was left as it is.</source>
        <translation>无法读取 %1（%2），已保持原样。</translation>
    </message>
    <message>
        <location filename="../src/core/DraftStore.cpp" line="50"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../src/core/DraftStore.cpp" line="92"/>
        <source>The file is not JSON (%1).</source>
        <translation>文件不是 JSON（%1）。</translation>
    </message>
    <message>
        <location filename="../src/core/DraftStore.cpp" line="103"/>
        <source>Draft %1: %2</source>
        <translation>草稿 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/core/DraftStore.cpp" line="116"/>
        <source>The file is neither a set of OriginDesk drafts nor an UpdateDomainConfig request body.</source>
        <translation>该文件既不是 OriginDesk 草稿集，也不是 UpdateDomainConfig 请求体。</translation>
    </message>
    <message>
        <location filename="../src/core/DraftStore.cpp" line="127"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 未能导入：%2</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../ui/DraftsDialog.ui" line="6"/>
        <location filename="../ui/DraftsDialog.ui" line="25"/>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../ui/DraftsDialog.ui" line="10"/>
        <source>Changes kept for later. Nothing here reaches the CDN until you review and apply it.</source>
        <translation>留待稍后处理的变更。在您审阅并应用之前，这里的内容不会发送到 CDN。</translation>
    </message>
    <message>
        <location filename="../ui/DraftsDialog.ui" line="39"/>
        <source>&amp;Review and apply…</source>
        <translation>审阅并应用(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/DraftsDialog.ui" line="40"/>
        <source>Compare the selected drafts (or all ready drafts) with the live configuration, then apply</source>
        <translation>将所选草稿（或全部就绪草稿）与线上配置比较，然后应用</translation>
    </message>
    <message>
        <location filename="../ui/DraftsDialog.ui" line="45"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/DraftsDialog.ui" line="50"/>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/DraftsDialog.ui" line="62"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/DraftsDialog.ui" line="63"/>
        <source>Import a set of drafts, or an UpdateDomainConfig request body</source>
        <translation>导入一组草稿，或一个 UpdateDomainConfig 请求体</translation>
    </message>
    <message>
        <location filename="../ui/DraftsDialog.ui" line="68"/>
        <source>E&amp;xport set…</source>
        <translation>导出草稿集(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/DraftsDialog.ui" line="69"/>
        <source>Save the selected drafts (or all) as one file</source>
        <translation>将所选草稿（或全部）保存为一个文件</translation>
    </message>
    <message>
        <location filename="../ui/DraftsDialog.ui" line="74"/>
        <source>Export request &amp;body…</source>
        <translation>导出请求体(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/DraftsDialog.ui" line="75"/>
        <source>Save the selected draft as the UpdateDomainConfig request body (tccli cdn UpdateDomainConfig --cli-input-json)</source>
        <translation>将所选草稿保存为 UpdateDomainConfig 请求体（tccli cdn UpdateDomainConfig --cli-input-json）</translation>
    </message>
    <message>
        <location filename="../ui/DraftsDialog.ui" line="80"/>
        <source>Export &amp;Terraform…</source>
        <translation>导出 Terraform(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/DraftsDialog.ui" line="81"/>
        <source>Save the selected draft&apos;s origin as the origin block of a tencentcloud_cdn_domain resource</source>
        <translation>将所选草稿的源站保存为 tencentcloud_cdn_domain 资源的 origin 块</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <location filename="../src/api/Endpoint.cpp" line="78"/>
        <source>&quot;%1&quot; is not a valid endpoint URL.</source>
        <translation>“%1”不是有效的接入点 URL。</translation>
    </message>
    <message>
        <location filename="../src/api/Endpoint.cpp" line="84"/>
        <source>Plain http:// is allowed only for the local sandbox (a loopback address); use https:// for %1.</source>
        <translation>明文 http:// 仅允许用于本地沙箱（回环地址），%1 请使用 https://。</translation>
    </message>
    <message>
        <location filename="../src/api/Endpoint.cpp" line="88"/>
        <source>The endpoint must be an https:// URL, not &quot;%1&quot;.</source>
        <translation>接入点必须是 https:// URL，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../src/api/Endpoint.cpp" line="95"/>
        <source>China site (%1)</source>
        <translation>中国站（%1）</translation>
    </message>
    <message>
        <location filename="../src/api/Endpoint.cpp" line="97"/>
        <source>International site (%1)</source>
        <translation>国际站（%1）</translation>
    </message>
</context>
<context>
    <name>EntriesEditor</name>
    <message>
        <location filename="../ui/EntriesEditor.ui" line="12"/>
        <source>Origin server entries</source>
        <translation>源站地址列表</translation>
    </message>
    <message>
        <location filename="../ui/EntriesEditor.ui" line="24"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/EntriesEditor.ui" line="25"/>
        <source>Add an origin server</source>
        <translation>添加源站</translation>
    </message>
    <message>
        <location filename="../ui/EntriesEditor.ui" line="30"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/EntriesEditor.ui" line="31"/>
        <source>Remove the selected origin server</source>
        <translation>删除所选源站</translation>
    </message>
    <message>
        <location filename="../ui/EntriesEditor.ui" line="36"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/EntriesEditor.ui" line="41"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
</context>
<context>
    <name>Failover</name>
    <message>
        <location filename="../src/core/Failover.cpp" line="33"/>
        <source>The master answered %1; its answer is returned.</source>
        <translation>主源站返回 %1，直接返回该响应。</translation>
    </message>
    <message>
        <location filename="../src/core/Failover.cpp" line="37"/>
        <source>The master failed and there is no hot slave origin; the error is returned.</source>
        <translation>主源站出错且没有热备源站，直接返回该错误。</translation>
    </message>
    <message>
        <location filename="../src/core/Failover.cpp" line="46"/>
        <source>The master answered %1; the request is retried on the hot slave origin.</source>
        <translation>主源站返回 %1，请求转发至热备源站重试。</translation>
    </message>
    <message>
        <location filename="../src/core/Failover.cpp" line="50"/>
        <source>The TCP connection to the master failed; the request is retried on the hot slave origin.</source>
        <translation>与主源站的 TCP 连接失败，请求转发至热备源站重试。</translation>
    </message>
    <message>
        <location filename="../src/core/Failover.cpp" line="53"/>
        <source>The master timed out; the request is retried on the hot slave origin.</source>
        <translation>主源站超时，请求转发至热备源站重试。</translation>
    </message>
    <message>
        <location filename="../src/core/Failover.cpp" line="62"/>
        <source>Every back-to-origin request goes to the master origin. There is no hot slave origin: if the master fails, the error reaches the client.</source>
        <translation>所有回源请求都发往主源站。未配置热备源站：主源站出错时，错误会直接返回给客户端。</translation>
    </message>
    <message>
        <location filename="../src/core/Failover.cpp" line="65"/>
        <source>Every back-to-origin request goes to the master origin (%1, Host: %2) first. If the master answers 4XX or 5XX, times out, or the TCP connection fails, the request is retried on the hot slave origin (%3, Host: %4). 2XX and 3XX answers are returned as they are.</source>
        <translation>所有回源请求先发往主源站（%1，Host：%2）。若主源站返回 4XX 或 5XX、超时或 TCP 连接失败，请求将转发至热备源站（%3，Host：%4）重试。2XX 和 3XX 响应直接返回。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../ui/HistoryDialog.ui" line="6"/>
        <source>Change history</source>
        <translation>变更历史</translation>
    </message>
    <message>
        <location filename="../ui/HistoryDialog.ui" line="12"/>
        <source>&amp;Domain:</source>
        <translation>域名(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/HistoryDialog.ui" line="18"/>
        <source>All domains of the account</source>
        <translation>账号下的全部域名</translation>
    </message>
    <message>
        <location filename="../ui/HistoryDialog.ui" line="20"/>
        <source>Show the history of this domain</source>
        <translation>显示此域名的历史</translation>
    </message>
    <message>
        <location filename="../ui/HistoryDialog.ui" line="33"/>
        <source>Applied changes</source>
        <translation>已应用的变更</translation>
    </message>
    <message>
        <location filename="../ui/HistoryDialog.ui" line="46"/>
        <source>What the selected change did</source>
        <translation>所选变更的内容</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <location filename="../src/core/History.cpp" line="73"/>
        <source>The change history %1 cannot be read (%2).</source>
        <translation>无法读取变更历史 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../src/core/History.cpp" line="76"/>
        <source>no list of records</source>
        <translation>没有记录列表</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../src/i18n/Language.cpp" line="66"/>
        <source>System language</source>
        <translation>跟随系统</translation>
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
        <translation>域名管理</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="19"/>
        <source>SANDBOX</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="20"/>
        <source>Connected to the built-in local sandbox, not to Tencent Cloud. Changes here affect no real domain.</source>
        <translation>当前连接的是内置本地沙箱，而非腾讯云。此处的修改不会影响任何真实域名。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="21"/>
        <source>Sandbox account: not production</source>
        <translation>沙箱账号：非生产环境</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="31"/>
        <source>A&amp;ccount:</source>
        <translation>账号(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="37"/>
        <source>Current account</source>
        <translation>当前账号</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="43"/>
        <source>Acco&amp;unts…</source>
        <translation>账号管理(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="54"/>
        <source>You are working on the built-in Sandbox: nothing here touches a real domain. Add your Tencent Cloud account to manage your own domains; its key is kept in the system keychain.</source>
        <translation>您正在使用内置沙箱：这里的操作不会影响任何真实域名。添加您的腾讯云账号即可管理自己的域名，密钥将保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="61"/>
        <source>Add &amp;account…</source>
        <translation>添加账号(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="71"/>
        <source>Search domain or origin (Ctrl+F)</source>
        <translation>搜索域名或源站（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="73"/>
        <source>Search domains and origins</source>
        <translation>搜索域名和源站</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="79"/>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="84"/>
        <source>Filter by origin type</source>
        <translation>按源站类型筛选</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="89"/>
        <source>Has hot slave &amp;origins</source>
        <translation>已配置热备源站(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="99"/>
        <source>&amp;Manage</source>
        <translation>管理(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="104"/>
        <source>S&amp;tart</source>
        <translation>启动(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="105"/>
        <source>Start the selected domain</source>
        <translation>启动所选域名</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="110"/>
        <source>Sto&amp;p</source>
        <translation>关闭(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="111"/>
        <source>Stop the selected domain</source>
        <translation>关闭所选域名</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="116"/>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="117"/>
        <source>Changes kept for later (Ctrl+Shift+D)</source>
        <translation>留待稍后处理的变更（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="122"/>
        <location filename="../ui/MainWindow.ui" line="187"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="123"/>
        <source>Reload the domain list (F5)</source>
        <translation>重新加载域名列表（F5）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="137"/>
        <source>Domains</source>
        <translation>域名</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="152"/>
        <source>&amp;Domain</source>
        <translation>域名(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="163"/>
        <source>&amp;Changes</source>
        <translation>变更(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="170"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="172"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="177"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="188"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="191"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="192"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="195"/>
        <source>&amp;Manage…</source>
        <translation>管理(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="198"/>
        <source>S&amp;tart Domain…</source>
        <translation>启动域名(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="201"/>
        <source>Sto&amp;p Domain…</source>
        <translation>关闭域名(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="205"/>
        <source>Work &amp;Offline</source>
        <translation>离线工作(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="206"/>
        <source>Browse the last known configuration and save every change as a draft; nothing is sent</source>
        <translation>浏览最近一次已知的配置，每项变更都保存为草稿；不发送任何请求</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="207"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="210"/>
        <source>&amp;Drafts…</source>
        <translation>草稿(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="211"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="214"/>
        <source>Change &amp;History…</source>
        <translation>变更历史(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="215"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="218"/>
        <source>&amp;About OriginDesk</source>
        <translation>关于 OriginDesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="221"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
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
        <translation>管理</translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="27"/>
        <source>Basic Configuration</source>
        <translation>基本配置</translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="37"/>
        <source>Basic Information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="39"/>
        <source>Domain:</source>
        <translation>域名：</translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="41"/>
        <source>CNAME:</source>
        <translation>CNAME：</translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="43"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="45"/>
        <source>Acceleration region:</source>
        <translation>加速区域：</translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="47"/>
        <source>Service type:</source>
        <translation>业务类型：</translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="49"/>
        <source>Project:</source>
        <translation>所属项目：</translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="51"/>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="53"/>
        <source>Last update:</source>
        <translation>最近更新：</translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="68"/>
        <source>Advanced Configuration</source>
        <translation>高级配置</translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="72"/>
        <source>The rest of the domain&apos;s configuration, read-only. OriginDesk sends it back unchanged with every origin change.</source>
        <translation>域名的其余配置（只读）。每次修改源站时，OriginDesk 会原样提交这些配置。</translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="79"/>
        <source>Advanced configuration</source>
        <translation>高级配置</translation>
    </message>
</context>
<context>
    <name>OriginDiff</name>
    <message>
        <location filename="../src/core/OriginDiff.cpp" line="30"/>
        <source>Hot slave origin %1 removed</source>
        <translation>删除热备源站 %1</translation>
    </message>
    <message>
        <location filename="../src/core/OriginDiff.cpp" line="31"/>
        <source>Master origin %1 removed</source>
        <translation>删除主源站 %1</translation>
    </message>
    <message>
        <location filename="../src/core/OriginDiff.cpp" line="35"/>
        <source>Hot slave origin %1 changed to %2</source>
        <translation>热备源站 %1 改为 %2</translation>
    </message>
    <message>
        <location filename="../src/core/OriginDiff.cpp" line="36"/>
        <source>Master origin %1 changed to %2</source>
        <translation>主源站 %1 改为 %2</translation>
    </message>
    <message>
        <location filename="../src/core/OriginDiff.cpp" line="45"/>
        <source>Hot slave origin %1 added</source>
        <translation>添加热备源站 %1</translation>
    </message>
    <message>
        <location filename="../src/core/OriginDiff.cpp" line="46"/>
        <source>Master origin %1 added</source>
        <translation>添加主源站 %1</translation>
    </message>
    <message>
        <location filename="../src/core/OriginDiff.cpp" line="58"/>
        <source>Origin changed from %1 to %2</source>
        <translation>源站由%1改为%2</translation>
    </message>
    <message>
        <location filename="../src/core/OriginDiff.cpp" line="63"/>
        <source>Origin type %1 → %2</source>
        <translation>源站类型 %1 → %2</translation>
    </message>
    <message>
        <location filename="../src/core/OriginDiff.cpp" line="66"/>
        <source>Origin-pull protocol %1 → %2</source>
        <translation>回源协议 %1 → %2</translation>
    </message>
    <message>
        <location filename="../src/core/OriginDiff.cpp" line="72"/>
        <source>Origin host header %1 → %2</source>
        <translation>回源 HOST %1 → %2</translation>
    </message>
    <message>
        <location filename="../src/core/OriginDiff.cpp" line="79"/>
        <source>COS private access %1 → %2</source>
        <translation>COS 私有存储桶访问 %1 → %2</translation>
    </message>
    <message>
        <location filename="../src/core/OriginDiff.cpp" line="86"/>
        <source>Hot slave host header %1 → %2</source>
        <translation>热备源站回源 HOST %1 → %2</translation>
    </message>
    <message>
        <location filename="../src/core/OriginDiff.cpp" line="100"/>
        <source>%1 changed</source>
        <translation>%1 已修改</translation>
    </message>
</context>
<context>
    <name>OriginEditorDialog</name>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="6"/>
        <source>Modify Origin Server</source>
        <translation>修改源站</translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="10"/>
        <source>Origin type</source>
        <translation>源站类型</translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="14"/>
        <source>&amp;Own origin</source>
        <translation>自有源站(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="20"/>
        <source>&amp;COS origin</source>
        <translation>COS 源(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="45"/>
        <source>Master origin servers (IPs or a domain, port optional, weight 1-100 for IPv4):</source>
        <translation>主源站（IP 或域名，端口可选，IPv4 可设权重 1-100）：</translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="58"/>
        <source>&amp;Bucket domain:</source>
        <translation>存储桶域名(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="64"/>
        <source>bucket-1250000000.cos.ap-guangzhou.myqcloud.com</source>
        <translation>bucket-1250000000.cos.ap-guangzhou.myqcloud.com</translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="65"/>
        <source>COS bucket domain</source>
        <translation>COS 存储桶域名</translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="70"/>
        <source>&amp;Private bucket access (CDN must be authorized on the bucket)</source>
        <translation>私有存储桶访问（需先在存储桶上授权 CDN）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="86"/>
        <source>Origin-pull &amp;protocol:</source>
        <translation>回源协议(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="92"/>
        <source>Origin-pull protocol</source>
        <translation>回源协议</translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="102"/>
        <source>Origin &amp;host header:</source>
        <translation>回源 HOST(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="108"/>
        <source>Origin host header</source>
        <translation>回源 HOST</translation>
    </message>
</context>
<context>
    <name>OriginEntry</name>
    <message>
        <location filename="../src/core/OriginEntry.cpp" line="124"/>
        <source>The address is empty.</source>
        <translation>地址为空。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginEntry.cpp" line="129"/>
        <source>Write the address without a scheme or path (for example origin.example.com).</source>
        <translation>地址请勿包含协议头或路径（例如 origin.example.com）。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginEntry.cpp" line="139"/>
        <source>The IPv6 address has no closing bracket.</source>
        <translation>IPv6 地址缺少右方括号。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginEntry.cpp" line="147"/>
        <source>Unexpected text after the IPv6 address.</source>
        <translation>IPv6 地址后有多余内容。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginEntry.cpp" line="154"/>
        <source>&quot;%1&quot; is not a valid IPv6 address.</source>
        <translation>“%1”不是有效的 IPv6 地址。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginEntry.cpp" line="168"/>
        <source>Too many &quot;:&quot; in &quot;%1&quot;; write address:port:weight.</source>
        <translation>“%1”中的“:”过多，请按 地址:端口:权重 填写。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginEntry.cpp" line="175"/>
        <source>The port &quot;%1&quot; is not a number.</source>
        <translation>端口“%1”不是数字。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginEntry.cpp" line="180"/>
        <source>The weight after the second &quot;:&quot; is missing.</source>
        <translation>第二个“:”后缺少权重。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginEntry.cpp" line="186"/>
        <source>The weight &quot;%1&quot; is not a number.</source>
        <translation>权重“%1”不是数字。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginEntry.cpp" line="190"/>
        <source>The port after &quot;:&quot; is missing.</source>
        <translation>“:”后缺少端口。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginEntry.cpp" line="197"/>
        <source>&quot;%1&quot; is not an IP address or a domain name.</source>
        <translation>“%1”既不是 IP 地址也不是域名。</translation>
    </message>
</context>
<context>
    <name>OriginOps</name>
    <message>
        <location filename="../src/core/OriginOps.cpp" line="11"/>
        <source>Own origin</source>
        <translation>自有源站</translation>
    </message>
    <message>
        <location filename="../src/core/OriginOps.cpp" line="13"/>
        <source>COS origin</source>
        <translation>COS 源</translation>
    </message>
    <message>
        <location filename="../src/core/OriginOps.cpp" line="15"/>
        <source>Third-party storage</source>
        <translation>第三方对象存储</translation>
    </message>
    <message>
        <location filename="../src/core/OriginOps.cpp" line="19"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../src/core/OriginOps.cpp" line="34"/>
        <source>This origin type (%1) is edited in the Tencent Cloud console only.</source>
        <translation>此源站类型（%1）只能在腾讯云控制台中修改。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginOps.cpp" line="43"/>
        <source>The hot slave origins are removed: only own origins can have them.</source>
        <translation>将删除热备源站：只有自有源站才能配置热备源站。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginOps.cpp" line="50"/>
        <source>The master origins are replaced by the %1 address.</source>
        <translation>主源站将替换为%1地址。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginOps.cpp" line="54"/>
        <source>COS private access is turned off.</source>
        <translation>将关闭 COS 私有存储桶访问。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginOps.cpp" line="71"/>
        <source>Only an own origin has hot slave origins to switch with.</source>
        <translation>只有自有源站才有可切换的热备源站。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginOps.cpp" line="78"/>
        <source>There is no hot slave origin to switch with.</source>
        <translation>没有可切换的热备源站。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginOps.cpp" line="92"/>
        <source>Slave origins take no weight: the weights of the current masters are dropped.</source>
        <translation>热备源站不支持权重：将去掉当前主源站的权重。</translation>
    </message>
</context>
<context>
    <name>OriginPanel</name>
    <message>
        <location filename="../ui/OriginPanel.ui" line="10"/>
        <source>Origin Server Info</source>
        <translation>源站信息</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="26"/>
        <source>&amp;Modify</source>
        <translation>修改(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="27"/>
        <source>Modify the origin server configuration</source>
        <translation>修改源站配置</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="35"/>
        <source>Origin type:</source>
        <translation>源站类型：</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="43"/>
        <source>Master origins:</source>
        <translation>主源站：</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="47"/>
        <source>Master origin servers</source>
        <translation>主源站</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="55"/>
        <source>Origin-pull protocol:</source>
        <translation>回源协议：</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="61"/>
        <source>Origin host header:</source>
        <translation>回源 HOST：</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="69"/>
        <source>COS private access:</source>
        <translation>COS 私有存储桶访问：</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="81"/>
        <source>Hot Slave Origin</source>
        <translation>热备源站</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="85"/>
        <source>HTTPS back-to-origin is not supported by slave origin servers. Do not choose HTTPS back-to-origin for a domain with hot slave origin servers.</source>
        <translation>热备源站暂不支持 HTTPS 回源。已配置热备源站的域名，请勿选择 HTTPS 回源方式。</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="87"/>
        <source>Warning: slave origins do not support HTTPS back-to-origin</source>
        <translation>警告：热备源站不支持 HTTPS 回源</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="92"/>
        <source>Hot slave origin servers</source>
        <translation>热备源站</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="107"/>
        <source>How failover works for this domain</source>
        <translation>此域名的主备切换方式</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="114"/>
        <source>&amp;Add hot slave origin</source>
        <translation>添加热备源站(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="119"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="120"/>
        <source>Edit the hot slave origins</source>
        <translation>编辑热备源站</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="125"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="126"/>
        <source>Delete the hot slave origins</source>
        <translation>删除热备源站</translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="131"/>
        <source>&amp;Switch master/slave</source>
        <translation>主备切换(&amp;S)</translation>
    </message>
</context>
<context>
    <name>OriginRules</name>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="78"/>
        <source>Port %1 of %2 is out of range: use 1 to 65535.</source>
        <translation>%2 的端口 %1 超出范围：请使用 1 到 65535。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="84"/>
        <source>%1 is listed twice.</source>
        <translation>%1 重复出现。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="88"/>
        <source>The origin cannot be the acceleration domain %1 itself: requests would loop.</source>
        <translation>源站不能是加速域名 %1 本身：请求会形成回环。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="94"/>
        <source>The address list is %1 characters long; the API accepts at most %2.</source>
        <translation>地址列表长度为 %1 个字符，API 最多接受 %2 个。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="105"/>
        <source>Enter the COS bucket domain.</source>
        <translation>请填写 COS 存储桶域名。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="106"/>
        <source>Enter at least one master origin server.</source>
        <translation>请至少填写一个主源站。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="118"/>
        <source>Weight %1 of %2 is out of range: use 1 to 100.</source>
        <translation>%2 的权重 %1 超出范围：请使用 1 到 100。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="122"/>
        <source>%1 has a weight, but weights are only for IPv4 addresses.</source>
        <translation>%1 设置了权重，但权重只适用于 IPv4 地址。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="126"/>
        <source>Give every master origin a weight, or none of them (%1 of %2 have one).</source>
        <translation>请为所有主源站都设置权重，或都不设置（%2 个中有 %1 个设置了权重）。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="132"/>
        <source>A COS origin is exactly one bucket domain.</source>
        <translation>COS 源只能是一个存储桶域名。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="137"/>
        <source>%1 is not a COS bucket domain (like bucket-1250000000.cos.ap-guangzhou.myqcloud.com).</source>
        <translation>%1 不是 COS 存储桶域名（形如 bucket-1250000000.cos.ap-guangzhou.myqcloud.com）。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="146"/>
        <source>%1 looks like a COS bucket: choose COS origin to use the bucket&apos;s private access.</source>
        <translation>%1 看起来是 COS 存储桶：如需使用存储桶私有访问，请选择 COS 源。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="161"/>
        <source>Hot slave origins can only be added when the master is an own origin (not COS or third-party storage).</source>
        <translation>只有主源站为自有源站（非 COS 或第三方对象存储）时才能添加热备源站。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="168"/>
        <source>Hot slave origins are not supported behind an IPv6 master origin.</source>
        <translation>主源站为 IPv6 时不支持热备源站。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="177"/>
        <source>%1 is a COS bucket; hot slave origins must be own origins (a domain or IPs).</source>
        <translation>%1 是 COS 存储桶；热备源站必须是自有源站（域名或 IP）。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="182"/>
        <source>Hot slave origins take no weight; remove the weight of %1.</source>
        <translation>热备源站不支持权重，请去掉 %1 的权重。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="189"/>
        <source>%1 is also a master origin, so failing over to it does not help.</source>
        <translation>%1 同时也是主源站，切换到它并无帮助。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="194"/>
        <source>Hot slave origins are one domain or a list of IPs, not %1 domains.</source>
        <translation>热备源站只能是一个域名或一组 IP，不能是 %1 个域名。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="198"/>
        <source>Hot slave origins are either one domain or IP addresses; this mix cannot be sent as a slave origin type.</source>
        <translation>热备源站只能是一个域名或若干 IP 地址；这种混合无法作为热备源站类型提交。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="209"/>
        <source>Enter the origin host header: COS and third-party storage origins need one.</source>
        <translation>请填写回源 HOST：COS 源和第三方对象存储源站必须填写。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="213"/>
        <source>Choose the storage vendor of the third-party origin.</source>
        <translation>请选择第三方源站的存储厂商。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="216"/>
        <source>Unknown storage vendor &quot;%1&quot;.</source>
        <translation>未知的存储厂商“%1”。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="222"/>
        <source>COS private access is &quot;on&quot; or &quot;off&quot;, not &quot;%1&quot;.</source>
        <translation>COS 私有存储桶访问的取值为“on”或“off”，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="225"/>
        <source>COS private access applies only to a COS origin.</source>
        <translation>COS 私有存储桶访问仅适用于 COS 源。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="234"/>
        <source>The origin-pull protocol is http, https or follow, not &quot;%1&quot;.</source>
        <translation>回源协议应为 http、https 或 follow，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="241"/>
        <source>Hot slave origins do not support HTTPS back-to-origin. Choose HTTP or Follow, or remove the slave origins.</source>
        <translation>热备源站不支持 HTTPS 回源。请选择 HTTP 或协议跟随，或删除热备源站。</translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="245"/>
        <source>With Follow, requests that arrive over HTTPS are pulled over HTTPS, which hot slave origins do not support: those requests cannot fail over.</source>
        <translation>选择协议跟随时，HTTPS 请求将以 HTTPS 回源，而热备源站不支持 HTTPS：这些请求无法切换到热备源站。</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../ui/ReviewDialog.ui" line="6"/>
        <source>Review and apply</source>
        <translation>审阅并应用</translation>
    </message>
    <message>
        <location filename="../ui/ReviewDialog.ui" line="15"/>
        <source>Drafts under review</source>
        <translation>正在审阅的草稿</translation>
    </message>
    <message>
        <location filename="../ui/ReviewDialog.ui" line="23"/>
        <source>Base / live / draft</source>
        <translation>基准 / 线上 / 草稿</translation>
    </message>
    <message>
        <location filename="../ui/ReviewDialog.ui" line="27"/>
        <source>Base (when the draft was made)</source>
        <translation>基准（创建草稿时）</translation>
    </message>
    <message>
        <location filename="../ui/ReviewDialog.ui" line="32"/>
        <source>Live (now)</source>
        <translation>线上（当前）</translation>
    </message>
    <message>
        <location filename="../ui/ReviewDialog.ui" line="37"/>
        <source>Draft (to apply)</source>
        <translation>草稿（待应用）</translation>
    </message>
    <message>
        <location filename="../ui/ReviewDialog.ui" line="43"/>
        <source>Base configuration</source>
        <translation>基准配置</translation>
    </message>
    <message>
        <location filename="../ui/ReviewDialog.ui" line="49"/>
        <source>Live configuration</source>
        <translation>线上配置</translation>
    </message>
    <message>
        <location filename="../ui/ReviewDialog.ui" line="55"/>
        <source>Draft configuration</source>
        <translation>草稿配置</translation>
    </message>
</context>
<context>
    <name>SlaveEditorDialog</name>
    <message>
        <location filename="../ui/SlaveEditorDialog.ui" line="6"/>
        <source>Hot Slave Origin</source>
        <translation>热备源站</translation>
    </message>
    <message>
        <location filename="../ui/SlaveEditorDialog.ui" line="10"/>
        <source>HTTPS back-to-origin is not supported by slave origin servers. Do not choose HTTPS back-to-origin for a domain with hot slave origin servers.</source>
        <translation>热备源站暂不支持 HTTPS 回源。已配置热备源站的域名，请勿选择 HTTPS 回源方式。</translation>
    </message>
    <message>
        <location filename="../ui/SlaveEditorDialog.ui" line="12"/>
        <source>Warning: slave origins do not support HTTPS back-to-origin</source>
        <translation>警告：热备源站不支持 HTTPS 回源</translation>
    </message>
    <message>
        <location filename="../ui/SlaveEditorDialog.ui" line="17"/>
        <source>When a back-to-origin request to the master origin fails (4XX or 5XX, a timeout or a TCP connection error), it is retried on the hot slave origin. Slave origins are own origins: one domain, or IP addresses with optional ports, without weights.</source>
        <translation>回源请求在主源站出错时（4XX 或 5XX、超时或 TCP 连接错误），会转发至热备源站重试。热备源站只能是自有源站：一个域名，或若干 IP 地址（可带端口，不支持权重）。</translation>
    </message>
    <message>
        <location filename="../ui/SlaveEditorDialog.ui" line="34"/>
        <source>Slave &amp;host header:</source>
        <translation>热备回源 HOST(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/SlaveEditorDialog.ui" line="40"/>
        <source>Slave origin host header</source>
        <translation>热备源站回源 HOST</translation>
    </message>
</context>
<context>
    <name>TccliImportDialog</name>
    <message>
        <location filename="../ui/TccliImportDialog.ui" line="6"/>
        <source>Import from tccli</source>
        <translation>从 tccli 导入</translation>
    </message>
    <message>
        <location filename="../ui/TccliImportDialog.ui" line="10"/>
        <source>Choose the tccli profiles to import. Their keys move into the keychain; afterwards you can remove the plain-text key from tccli&apos;s files.</source>
        <translation>请选择要导入的 tccli 配置。其密钥将存入钥匙串；之后您可以从 tccli 的文件中删除明文密钥。</translation>
    </message>
    <message>
        <location filename="../ui/TccliImportDialog.ui" line="16"/>
        <source>tccli profiles</source>
        <translation>tccli 配置</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="32"/>
        <source>Desktop console for the origin servers of CDN domains.</source>
        <translation>CDN 域名源站的桌面控制台。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="35"/>
        <source>Open Manage for this domain.</source>
        <translation>打开此域名的管理页面。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="90"/>
        <source>Sandbox</source>
        <translation>沙箱</translation>
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
        <translation>在终端中管理腾讯云 CDN 域名的源站。

命令：
  domains list [--filter NAME=VALUE[,VALUE]]... [--fuzzy]
  domain show DOMAIN
  domain start DOMAIN | domain stop DOMAIN
  origin set DOMAIN [--origins ADDR[,ADDR]] [--cos BUCKET-DOMAIN] [--host HOST]
                    [--protocol http|https|follow] [--private-access on|off]
  origin add-slave DOMAIN --slaves ADDR[,ADDR] [--slave-host HOST]
  origin remove-slave DOMAIN
  origin swap DOMAIN [--yes]
  origin export DOMAIN          输出完全一致的 UpdateDomainConfig 请求体
  origin rollback DOMAIN [--yes] 撤销为 DOMAIN 记录的最近一次变更
  history [DOMAIN]              本机（应用和 CLI）应用过的变更

地址的写法与 API 相同：1.1.1.1:80:10、2.2.2.2::20、origin.example.com、
[2001:db8::1]:8080。凭证取自 TENCENTCLOUD_SECRET_ID、TENCENTCLOUD_SECRET_KEY 和
TENCENTCLOUD_TOKEN，或取自 OriginDesk 中保存的账号（--account NAME，密钥从系统钥匙串读取）。
退出码：0 成功，1 API 或网络失败，2 用法或配置错误，
3 被源站规则拒绝（未发送），4 需要 --yes（未发送）。</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="48"/>
        <source>See above.</source>
        <translation>见上文。</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="50"/>
        <source>china (default), intl, or a URL.</source>
        <translation>china（默认）、intl 或一个 URL。</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="52"/>
        <source>Use this saved OriginDesk account.</source>
        <translation>使用 OriginDesk 中保存的此账号。</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="54"/>
        <source>Print JSON instead of a table.</source>
        <translation>输出 JSON 而非表格。</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="56"/>
        <source>Print the change request (secrets masked) and send nothing.</source>
        <translation>打印变更请求（密钥已遮盖），不发送任何请求。</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="58"/>
        <source>Apply a change that drops something (e.g. weights on swap).</source>
        <translation>应用会丢失部分内容的变更（例如主备切换时的权重）。</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="60"/>
        <source>Language of API messages: en-US or zh-CN.</source>
        <translation>API 消息的语言：en-US 或 zh-CN。</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="62"/>
        <source>Seconds to wait for each request.</source>
        <translation>每个请求的等待秒数。</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="64"/>
        <source>domains list: NAME=VALUE[,VALUE].</source>
        <translation>domains list：NAME=VALUE[,VALUE]。</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="67"/>
        <source>domains list: domain/origin filters match parts.</source>
        <translation>domains list：域名/源站筛选按部分匹配。</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="68"/>
        <source>origin set: master origins.</source>
        <translation>origin set：主源站。</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="71"/>
        <source>origin set: switch to this COS bucket domain.</source>
        <translation>origin set：切换为此 COS 存储桶域名。</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="73"/>
        <source>origin set: origin host header.</source>
        <translation>origin set：回源 HOST。</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="75"/>
        <source>origin set: origin-pull protocol.</source>
        <translation>origin set：回源协议。</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="78"/>
        <source>origin set: COS private access.</source>
        <translation>origin set：COS 私有存储桶访问。</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="79"/>
        <source>add-slave: hot slave origins.</source>
        <translation>add-slave：热备源站。</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="81"/>
        <source>add-slave: slave host header.</source>
        <translation>add-slave：热备源站回源 HOST。</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="93"/>
        <source>error: --language is en-US or zh-CN.</source>
        <translation>错误：--language 只能是 en-US 或 zh-CN。</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="102"/>
        <source>error: there is no saved account &quot;%1&quot;.</source>
        <translation>错误：没有已保存的账号“%1”。</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="108"/>
        <source>error: the temporary credentials of &quot;%1&quot; expired at %2; get new ones before sending requests.</source>
        <translation>错误：“%1”的临时凭证已于 %2 过期，请重新获取后再发送请求。</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="116"/>
        <source>error: the Sandbox account lives inside the app; run origindesk-sandbox and pass --endpoint.</source>
        <translation>错误：沙箱账号只存在于应用内部；请运行 origindesk-sandbox 并指定 --endpoint。</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="132"/>
        <location filename="../src/cli/main.cpp" line="153"/>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="146"/>
        <source>error: no credentials: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY, or use --account NAME.</source>
        <translation>错误：没有凭证：请设置 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY，或使用 --account NAME。</translation>
    </message>
</context>
<context>
    <name>od::Account</name>
    <message>
        <location filename="../src/credentials/Account.cpp" line="18"/>
        <source>China site</source>
        <translation>中国站</translation>
    </message>
    <message>
        <location filename="../src/credentials/Account.cpp" line="20"/>
        <source>International site</source>
        <translation>国际站</translation>
    </message>
    <message>
        <location filename="../src/credentials/Account.cpp" line="22"/>
        <source>Custom endpoint</source>
        <translation>自定义接入点</translation>
    </message>
    <message>
        <location filename="../src/credentials/Account.cpp" line="26"/>
        <source>Sandbox</source>
        <translation>沙箱</translation>
    </message>
</context>
<context>
    <name>od::AccountEditDialog</name>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="21"/>
        <source>Add Account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="21"/>
        <source>Edit Account – %1</source>
        <translation>编辑账号 – %1</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="32"/>
        <source>unchanged (kept in the keychain)</source>
        <translation>不变（保存在钥匙串中）</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="59"/>
        <source>Give the account a name.</source>
        <translation>请为账号命名。</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="60"/>
        <source>Sandbox</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="61"/>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的账号已存在。</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="68"/>
        <source>Enter the SecretId.</source>
        <translation>请填写 SecretId。</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="70"/>
        <source>Enter the SecretKey.</source>
        <translation>请填写 SecretKey。</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="73"/>
        <source>Temporary credentials need their token.</source>
        <translation>临时凭证需要填写 Token。</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="111"/>
        <source>Storing the key in the keychain…</source>
        <translation>正在将密钥存入钥匙串…</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="118"/>
        <source>Keychain unavailable</source>
        <translation>钥匙串不可用</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="119"/>
        <source>Keep the key in memory for this run only? It is not written anywhere and must be entered again next time.</source>
        <translation>是否仅在本次运行期间将密钥保存在内存中？密钥不会写入任何地方，下次需要重新输入。</translation>
    </message>
</context>
<context>
    <name>od::AccountsDialog</name>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="29"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="29"/>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="29"/>
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="29"/>
        <source>Credentials</source>
        <translation>凭证</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="55"/>
        <source>Permanent key</source>
        <translation>永久密钥</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="57"/>
        <source>Temporary</source>
        <translation>临时凭证</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="60"/>
        <source>Temporary, expired</source>
        <translation>临时凭证，已过期</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/AccountsDialog.cpp" line="62"/>
        <source>Temporary, %n minute(s) left</source>
        <translation>
            <numerusform>临时凭证，剩余 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/AccountsDialog.cpp" line="63"/>
        <source>Temporary, %n hour(s) left</source>
        <translation>
            <numerusform>临时凭证，剩余 %n 小时</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="118"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="132"/>
        <source>Remove account</source>
        <translation>删除账号</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="133"/>
        <source>Remove %1 and delete its key from the keychain?</source>
        <translation>删除 %1 并从钥匙串中删除其密钥？</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="141"/>
        <source>Removed %1 and its keychain entry.</source>
        <translation>已删除 %1 及其钥匙串条目。</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="142"/>
        <source>Removed %1, but its keychain entry could not be deleted: %2</source>
        <translation>已删除 %1，但无法删除其钥匙串条目：%2</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="156"/>
        <source>Testing %1…</source>
        <translation>正在测试 %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/AccountsDialog.cpp" line="172"/>
        <source>Connected to %1: the account has %n domain(s).</source>
        <translation>
            <numerusform>已连接 %1：该账号共有 %n 个域名。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="188"/>
        <source>TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY are not both set in OriginDesk&apos;s environment.</source>
        <translation>OriginDesk 的环境变量中没有同时设置 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY。</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="193"/>
        <location filename="../src/gui/AccountsDialog.cpp" line="194"/>
        <source>Environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="193"/>
        <source>Environment (%1)</source>
        <translation>环境变量（%1）</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="226"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 未能导入：%2</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="231"/>
        <source>Imported %1 as %2.</source>
        <translation>已将 %1 导入为 %2。</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="237"/>
        <source>Remove the plain-text key?</source>
        <translation>删除明文密钥？</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="238"/>
        <source>%1 is now in the keychain. Remove its secretKey from %2? tccli will then need the key from elsewhere.</source>
        <translation>%1 已存入钥匙串。是否从 %2 中删除其 secretKey？之后 tccli 需要从其他途径获取密钥。</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="246"/>
        <source>The key could not be removed from %1: %2</source>
        <translation>无法从 %1 中删除密钥：%2</translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="249"/>
        <source>Imported %1; its plain-text key was removed from %2.</source>
        <translation>已导入 %1；已从 %2 中删除其明文密钥。</translation>
    </message>
</context>
<context>
    <name>od::ApiCall</name>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="40"/>
        <source>No credentials: add an account with a SecretId and SecretKey.</source>
        <translation>没有凭证：请添加包含 SecretId 和 SecretKey 的账号。</translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="43"/>
        <source>The temporary credentials expired at %1; get new ones before sending requests.</source>
        <translation>临时凭证已于 %1 过期，请重新获取后再发送请求。</translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="127"/>
        <source>the answer is larger than %1 MB, the most the API sends.</source>
        <translation>响应超过 %1 MB，超出 API 的最大响应大小。</translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="130"/>
        <source>no answer within %1 seconds.</source>
        <translation>%1 秒内没有响应。</translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="143"/>
        <source>the connection to %1 was refused.</source>
        <translation>与 %1 的连接被拒绝。</translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="145"/>
        <source>the server closed the connection before answering.</source>
        <translation>服务器在响应前关闭了连接。</translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="153"/>
        <source>the TLS certificate of %1 could not be verified (%2). The request was not sent.</source>
        <translation>无法验证 %1 的 TLS 证书（%2）。请求未发送。</translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="159"/>
        <source>the host %1 was not found; check the endpoint and the network.</source>
        <translation>找不到主机 %1，请检查接入点和网络。</translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="169"/>
        <source>an HTML page, not an API answer (a proxy or gateway in between?).</source>
        <translation>收到的是 HTML 页面而非 API 响应（中间是否有代理或网关？）。</translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="187"/>
        <source>an HTML page, not an API answer (a proxy or captive portal in between?).</source>
        <translation>收到的是 HTML 页面而非 API 响应（中间是否有代理或认证网关？）。</translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="192"/>
        <source>the answer is empty.</source>
        <translation>响应为空。</translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="198"/>
        <source>the answer is cut short (truncated JSON).</source>
        <translation>响应不完整（JSON 被截断）。</translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="199"/>
        <source>the answer is not JSON (%1).</source>
        <translation>响应不是 JSON（%1）。</translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="203"/>
        <source>the answer has no &quot;Response&quot; object.</source>
        <translation>响应中没有“Response”对象。</translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="211"/>
        <source>the answer reports an error without a code.</source>
        <translation>响应报告了错误，但没有错误码。</translation>
    </message>
</context>
<context>
    <name>od::ApplyStatusPanel</name>
    <message>
        <location filename="../src/gui/ApplyStatusPanel.cpp" line="54"/>
        <source>The change was accepted (RequestId %1) but could not be verified: refresh (F5) to see where the domain stands before changing it again.</source>
        <translation>变更已被接受（RequestId %1），但未能核对：请先刷新（F5）查看该域名的当前状态，再进行下一次更改。</translation>
    </message>
    <message>
        <location filename="../src/gui/ApplyStatusPanel.cpp" line="59"/>
        <source>The change was not applied. Your edit is kept: correct it and apply again.</source>
        <translation>变更未生效。您的修改已保留：请修正后重新提交。</translation>
    </message>
    <message>
        <location filename="../src/gui/ApplyStatusPanel.cpp" line="60"/>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/ApplyStatusPanel.cpp" line="60"/>
        <source>Message: %1</source>
        <translation>信息：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/ApplyStatusPanel.cpp" line="65"/>
        <source>RequestId: %1</source>
        <translation>RequestId：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/ApplyStatusPanel.cpp" line="67"/>
        <source>Code: %1
Message: %2
RequestId: %3</source>
        <translation>错误码：%1
信息：%2
RequestId：%3</translation>
    </message>
    <message>
        <location filename="../src/gui/ApplyStatusPanel.cpp" line="70"/>
        <source>The change was not applied. Your edit is kept: apply again when the problem is solved.</source>
        <translation>变更未生效。您的修改已保留：问题解决后请重新提交。</translation>
    </message>
</context>
<context>
    <name>od::CdnClient</name>
    <message>
        <location filename="../src/api/CdnClient.cpp" line="131"/>
        <source>the answer has no list of domains (&quot;Domains&quot; is %1).</source>
        <translation>响应中没有域名列表（“Domains”为 %1）。</translation>
    </message>
    <message>
        <location filename="../src/api/CdnClient.cpp" line="132"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../src/api/CdnClient.cpp" line="136"/>
        <source>&quot;Domains&quot; is not a list.</source>
        <translation>“Domains”不是列表。</translation>
    </message>
    <message>
        <location filename="../src/api/CdnClient.cpp" line="141"/>
        <source>&quot;TotalNumber&quot; is not a number.</source>
        <translation>“TotalNumber”不是数字。</translation>
    </message>
    <message>
        <location filename="../src/api/CdnClient.cpp" line="149"/>
        <source>an entry of &quot;Domains&quot; is not a domain object.</source>
        <translation>“Domains”中有一项不是域名对象。</translation>
    </message>
</context>
<context>
    <name>od::DomainListModel</name>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="32"/>
        <source>Online</source>
        <translation>已启动</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="34"/>
        <source>Offline</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="36"/>
        <source>Deploying</source>
        <translation>部署中</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="38"/>
        <source>Closing</source>
        <translation>关闭中</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="40"/>
        <source>Rejected</source>
        <translation>审核未通过</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="52"/>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="54"/>
        <source>Follow</source>
        <translation>协议跟随</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="55"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="61"/>
        <source>Chinese mainland</source>
        <translation>中国境内</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="63"/>
        <source>Outside the Chinese mainland</source>
        <translation>中国境外</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="65"/>
        <source>Global</source>
        <translation>全球</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="72"/>
        <source>Static content</source>
        <translation>静态加速</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="74"/>
        <source>Download</source>
        <translation>下载加速</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="76"/>
        <source>Streaming VOD</source>
        <translation>流媒体点播加速</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="78"/>
        <source>Hybrid</source>
        <translation>混合加速</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="80"/>
        <source>Dynamic</source>
        <translation>动态加速</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="111"/>
        <source>Manage %1 (Enter)</source>
        <translation>管理 %1（Enter）</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="139"/>
        <source>Manage</source>
        <translation>管理</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="170"/>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="172"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="174"/>
        <source>Origin type</source>
        <translation>源站类型</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="176"/>
        <source>Master origins</source>
        <translation>主源站</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="178"/>
        <source>Hot slave origins</source>
        <translation>热备源站</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="180"/>
        <source>Origin-pull protocol</source>
        <translation>回源协议</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="182"/>
        <source>CNAME</source>
        <translation>CNAME</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="184"/>
        <source>Area</source>
        <translation>加速区域</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="186"/>
        <source>Last update</source>
        <translation>最近更新</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="188"/>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>od::Draft</name>
    <message>
        <location filename="../src/core/Draft.cpp" line="27"/>
        <source>a draft needs an Id, a Domain and an Origin object</source>
        <translation>草稿需要 Id、Domain 和 Origin 对象</translation>
    </message>
</context>
<context>
    <name>od::DraftBook</name>
    <message>
        <location filename="../src/gui/DraftBook.cpp" line="40"/>
        <source>An edit of %1 left open when OriginDesk stopped could not be kept as a draft: %2. It stays in %3.</source>
        <translation>OriginDesk 停止时 %1 仍有未关闭的编辑，无法保存为草稿：%2。它仍保留在 %3 中。</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftBook.cpp" line="189"/>
        <source>No change</source>
        <translation>无变更</translation>
    </message>
</context>
<context>
    <name>od::DraftsDialog</name>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="36"/>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="54"/>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="54"/>
        <source>What changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="54"/>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="54"/>
        <source>Based on</source>
        <translation>基于版本</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="54"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="75"/>
        <source>&amp;Origin…</source>
        <translation>源站(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="78"/>
        <source>&amp;Hot slave origins…</source>
        <translation>热备源站(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="86"/>
        <source>Discard the selected drafts (Delete)</source>
        <translation>丢弃所选草稿（Delete）</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="95"/>
        <source>No draft is ready: correct the ones marked Not ready first.</source>
        <translation>没有就绪的草稿：请先修正标记为“未就绪”的草稿。</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="101"/>
        <source>Import drafts</source>
        <translation>导入草稿</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="102"/>
        <source>Drafts or request bodies (*.json);;All files (*)</source>
        <translation>草稿或请求体 (*.json);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/DraftsDialog.cpp" line="107"/>
        <source>%n draft(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 个草稿。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="117"/>
        <source>Export drafts</source>
        <translation>导出草稿</translation>
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
            <numerusform>已将 %n 个草稿保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="136"/>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="141"/>
        <source>Export UpdateDomainConfig request body</source>
        <translation>导出 UpdateDomainConfig 请求体</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="145"/>
        <source>Export Terraform origin block</source>
        <translation>导出 Terraform origin 块</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="145"/>
        <source>Terraform (*.tf)</source>
        <translation>Terraform (*.tf)</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="157"/>
        <source>unknown (imported)</source>
        <translation>未知（导入）</translation>
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
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="186"/>
        <source>Not ready</source>
        <translation>未就绪</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="194"/>
        <source>Apply failed</source>
        <translation>应用失败</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="210"/>
        <source>Drafts (%1)</source>
        <translation>草稿（%1）</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="271"/>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2：%3</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="306"/>
        <source>Discard drafts?</source>
        <translation>丢弃草稿？</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/DraftsDialog.cpp" line="307"/>
        <source>Discard %n draft(s)? This cannot be undone.</source>
        <translation>
            <numerusform>丢弃 %n 个草稿？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/DraftsDialog.cpp" line="316"/>
        <source>%n draft(s) discarded.</source>
        <translation>
            <numerusform>已丢弃 %n 个草稿。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="335"/>
        <location filename="../src/gui/DraftsDialog.cpp" line="345"/>
        <source>The draft no longer exists.</source>
        <translation>该草稿已不存在。</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="356"/>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/gui/DraftsDialog.cpp" line="362"/>
        <source>%1 is larger than 16 MB; it is not a drafts file.</source>
        <translation>%1 大于 16 MB，不是草稿文件。</translation>
    </message>
</context>
<context>
    <name>od::EntriesEditor</name>
    <message>
        <location filename="../src/gui/EntriesEditor.cpp" line="31"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../src/gui/EntriesEditor.cpp" line="31"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../src/gui/EntriesEditor.cpp" line="31"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../src/gui/EntriesEditor.cpp" line="36"/>
        <source>An IPv4 or IPv6 address or a domain; the port is optional (1-65535); weights 1-100 apply to IPv4 addresses, to all of them or to none.</source>
        <translation>IPv4、IPv6 地址或域名；端口可选（1-65535）；权重 1-100 仅适用于 IPv4 地址，要么全部设置，要么都不设置。</translation>
    </message>
</context>
<context>
    <name>od::HistoryDialog</name>
    <message>
        <location filename="../src/gui/HistoryDialog.cpp" line="32"/>
        <source>&amp;Roll back…</source>
        <translation>回滚(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../src/gui/HistoryDialog.cpp" line="34"/>
        <source>Make a draft that puts the configuration from before this change back, and review it</source>
        <translation>生成一个恢复此变更之前配置的草稿，并进行审阅</translation>
    </message>
    <message>
        <location filename="../src/gui/HistoryDialog.cpp" line="45"/>
        <source>Applied</source>
        <translation>应用时间</translation>
    </message>
    <message>
        <location filename="../src/gui/HistoryDialog.cpp" line="45"/>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <location filename="../src/gui/HistoryDialog.cpp" line="45"/>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../src/gui/HistoryDialog.cpp" line="45"/>
        <source>RequestId</source>
        <translation>RequestId</translation>
    </message>
    <message>
        <location filename="../src/gui/HistoryDialog.cpp" line="76"/>
        <source>The history cannot be read: %1</source>
        <translation>无法读取历史：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/HistoryDialog.cpp" line="78"/>
        <source>Change history</source>
        <translation>变更历史</translation>
    </message>
    <message>
        <location filename="../src/gui/HistoryDialog.cpp" line="78"/>
        <source>Change history – %1</source>
        <translation>变更历史 – %1</translation>
    </message>
    <message>
        <location filename="../src/gui/HistoryDialog.cpp" line="90"/>
        <source>No origin change</source>
        <translation>源站无变更</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/HistoryDialog.cpp" line="94"/>
        <source>%n change(s) recorded on this computer.</source>
        <translation>
            <numerusform>本机记录了 %n 项变更。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/HistoryDialog.cpp" line="123"/>
        <source>%1, applied %2, RequestId %3</source>
        <translation>%1，应用于 %2，RequestId %3</translation>
    </message>
    <message>
        <location filename="../src/gui/HistoryDialog.cpp" line="127"/>
        <source>Before:</source>
        <translation>变更前：</translation>
    </message>
    <message>
        <location filename="../src/gui/HistoryDialog.cpp" line="127"/>
        <source>After:</source>
        <translation>变更后：</translation>
    </message>
</context>
<context>
    <name>od::MainWindow</name>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="49"/>
        <location filename="../src/gui/MainWindowChanges.cpp" line="143"/>
        <source>OFFLINE</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="67"/>
        <source>Pages %v / %m</source>
        <translation>第 %v / %m 页</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="85"/>
        <source>Working offline: the list is the last known configuration and every change is saved as a draft.</source>
        <translation>离线工作中：列表为最近一次已知的配置，每项变更都保存为草稿。</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="90"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="94"/>
        <source>All origin types</source>
        <translation>全部源站类型</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="155"/>
        <source>About OriginDesk</source>
        <translation>关于 OriginDesk</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="156"/>
        <source>&lt;h3&gt;OriginDesk %1&lt;/h3&gt;&lt;p&gt;A desktop console for the origin servers of Tencent Cloud CDN domains.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OriginDesk %1&lt;/h3&gt;&lt;p&gt;腾讯云 CDN 域名源站的桌面控制台。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="196"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="225"/>
        <source>Closing after the domain being applied now…</source>
        <translation>当前正在应用的域名完成后关闭…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="253"/>
        <source>The language changes the next time OriginDesk starts.</source>
        <translation>语言将在下次启动 OriginDesk 时生效。</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowAccounts.cpp" line="20"/>
        <source>Sandbox (built-in)</source>
        <translation>沙箱（内置）</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowAccounts.cpp" line="33"/>
        <source>Drafts are being applied to this account: stop or finish that first.</source>
        <translation>正在向此账号应用草稿：请先停止或等待完成。</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="169"/>
        <location filename="../src/gui/MainWindowAccounts.cpp" line="60"/>
        <source>Reading the key of %1 from the keychain…</source>
        <translation>正在从钥匙串读取 %1 的密钥…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowAccounts.cpp" line="67"/>
        <source>%1 cannot be used: %2</source>
        <translation>无法使用 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowAccounts.cpp" line="78"/>
        <source>%1 cannot go online: %2 Still working offline.</source>
        <translation>%1 无法在线：%2 仍在离线工作。</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowAccounts.cpp" line="83"/>
        <source>Keychain unavailable</source>
        <translation>钥匙串不可用</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowAccounts.cpp" line="84"/>
        <source>Enter the SecretKey of %1 for this run only? It stays in memory and is never written to a file.</source>
        <translation>是否仅为本次运行输入 %1 的 SecretKey？密钥只保存在内存中，绝不写入文件。</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowAccounts.cpp" line="89"/>
        <source>SecretKey for this run</source>
        <translation>本次运行使用的 SecretKey</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowAccounts.cpp" line="90"/>
        <source>SecretKey of %1 (SecretId %2):</source>
        <translation>%1 的 SecretKey（SecretId %2）：</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowAccounts.cpp" line="95"/>
        <source>Token for this run</source>
        <translation>本次运行使用的 Token</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowAccounts.cpp" line="95"/>
        <source>Token of %1:</source>
        <translation>%1 的 Token：</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="272"/>
        <source>Account: %1 · %2</source>
        <translation>账号：%1 · %2</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="45"/>
        <source>The API cannot be reached: %1 Showing the offline copy; changes are saved as drafts. Press F5 to try again.</source>
        <translation>无法连接 API：%1 正在显示离线副本；变更将保存为草稿。按 F5 重试。</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="51"/>
        <source>There is no offline copy of this account yet: turn Work Offline off once to read it.</source>
        <translation>此账号尚无离线副本：请关闭“离线工作”读取一次。</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="86"/>
        <source>The offline copy could not be saved: %1</source>
        <translation>无法保存离线副本：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="120"/>
        <source>Live · read %1</source>
        <translation>线上 · 读取于 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="123"/>
        <source>Offline · no copy yet</source>
        <translation>离线 · 尚无副本</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="127"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindowChanges.cpp" line="129"/>
        <source>%n minute(s) old</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindowChanges.cpp" line="131"/>
        <source>%n hour(s) old</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindowChanges.cpp" line="133"/>
        <source>%n day(s) old</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="134"/>
        <source>Offline copy from %1 (%2)</source>
        <translation>离线副本，读取于 %1（%2）</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="142"/>
        <source>API UNREACHABLE</source>
        <translation>API 不可达</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="148"/>
        <source>Reload the offline copy (F5); turn Work Offline off to read live</source>
        <translation>重新加载离线副本（F5）；关闭“离线工作”以读取线上配置</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="149"/>
        <source>Reload the domain list (F5)</source>
        <translation>重新加载域名列表（F5）</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="160"/>
        <source>Drafts (%1)</source>
        <translation>草稿（%1）</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="160"/>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindowChanges.cpp" line="161"/>
        <source>Drafts: %n waiting</source>
        <translation>
            <numerusform>草稿：%n 个待处理</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="184"/>
        <source>Turn Work Offline off to review and apply drafts.</source>
        <translation>请关闭“离线工作”后再审阅并应用草稿。</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="185"/>
        <source>The API cannot be reached, so drafts cannot be applied now. Press F5 to try again.</source>
        <translation>无法连接 API，暂时不能应用草稿。按 F5 重试。</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="226"/>
        <source>Roll back?</source>
        <translation>回滚？</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="227"/>
        <source>Make a draft that puts back the origin of %1 from before this change? It is compared with the live configuration before anything is sent.</source>
        <translation>生成一个将 %1 的源站恢复到此变更之前的草稿？发送任何请求之前都会先与线上配置比较。</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="235"/>
        <source>The rollback draft could not be saved: %1</source>
        <translation>无法保存回滚草稿：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="263"/>
        <source>Edit draft – %1</source>
        <translation>编辑草稿 – %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowChanges.cpp" line="267"/>
        <source>the draft was discarded meanwhile.</source>
        <translation>该草稿已在此期间被丢弃。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="293"/>
        <source>%n edit(s) still open when OriginDesk last stopped are kept as drafts: %1. Review them in Drafts.</source>
        <translation>
            <numerusform>OriginDesk 上次停止时仍打开的 %n 个编辑已保存为草稿：%1。请在“草稿”中查看。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="349"/>
        <source>Loading domains…</source>
        <translation>正在加载域名…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="371"/>
        <source>The domain list could not be loaded completely: %1</source>
        <translation>未能完整加载域名列表：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="386"/>
        <source>%n draft(s) waiting to be reviewed and applied: open Drafts (Ctrl+Shift+D).</source>
        <translation>
            <numerusform>%n 个草稿等待审阅并应用：请打开“草稿”（Ctrl+Shift+D）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="417"/>
        <source>%1 is not a domain of this account.</source>
        <translation>%1 不是此账号下的域名。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="438"/>
        <source>%n domain(s) in the offline copy; loading the live list…</source>
        <translation>
            <numerusform>离线副本中有 %n 个域名；正在加载线上列表…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="440"/>
        <source>%n domain(s); reading the live list again…</source>
        <translation>
            <numerusform>%n 个域名；正在重新读取线上列表…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="442"/>
        <source>Loading… %n domain(s) so far</source>
        <translation>
            <numerusform>正在加载… 已加载 %n 个域名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="444"/>
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n 个域名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="446"/>
        <source>%1 of %n domain(s) shown</source>
        <translation>
            <numerusform>显示 %n 个域名中的 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="528"/>
        <source>Start %1? The CDN will serve it again.</source>
        <translation>启动 %1？CDN 将重新为其提供服务。</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="529"/>
        <source>Stop %1? While it is stopped, edge nodes answer 404 for every request to it.</source>
        <translation>关闭 %1？关闭期间，边缘节点对它的所有请求都返回 404。</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="530"/>
        <source>Start domain</source>
        <translation>启动域名</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="530"/>
        <source>Stop domain</source>
        <translation>关闭域名</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="534"/>
        <source>Starting %1…</source>
        <translation>正在启动 %1…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="534"/>
        <source>Stopping %1…</source>
        <translation>正在关闭 %1…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="537"/>
        <source>%1 could not be started: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="537"/>
        <source>%1 could not be stopped: %2</source>
        <translation>无法关闭 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="542"/>
        <source>%1 is starting (RequestId %2).</source>
        <translation>%1 正在启动（RequestId %2）。</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="543"/>
        <source>%1 is stopping (RequestId %2).</source>
        <translation>%1 正在关闭（RequestId %2）。</translation>
    </message>
</context>
<context>
    <name>od::ManageDialog</name>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="44"/>
        <source>&amp;History…</source>
        <translation>历史(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="46"/>
        <source>Changes applied to this domain from this computer, with roll back</source>
        <translation>从本机对此域名应用的变更，可回滚</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="48"/>
        <source>D&amp;rafts…</source>
        <translation>草稿(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="92"/>
        <source>Working offline: Modify, hot slave origins and Switch master/slave save drafts. Review and apply them from Drafts when you are back online.</source>
        <translation>离线工作中：修改、热备源站和主备切换都会保存为草稿。恢复在线后，请在“草稿”中审阅并应用。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/ManageDialog.cpp" line="95"/>
        <source>%n draft(s) of this domain waiting; the newest: %1</source>
        <translation>
            <numerusform>此域名有 %n 个草稿待处理；最新一个：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="105"/>
        <source>Offline: showing the last known configuration.</source>
        <translation>离线：显示最近一次已知的配置。</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="110"/>
        <source>Reading the configuration of %1…</source>
        <translation>正在读取 %1 的配置…</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="120"/>
        <source>Showing the list&apos;s copy: %1</source>
        <translation>显示的是列表中的副本：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="128"/>
        <source>Manage – %1</source>
        <translation>管理 – %1</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="176"/>
        <source>Delete hot slave origins?</source>
        <translation>删除热备源站？</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="177"/>
        <source>Delete the hot slave origins of %1? Failed back-to-origin requests will no longer be retried.</source>
        <translation>删除 %1 的热备源站？之后回源失败的请求将不再重试。</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="188"/>
        <source>Deleting the hot slave origins</source>
        <translation>正在删除热备源站</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="195"/>
        <location filename="../src/gui/ManageDialog.cpp" line="206"/>
        <source>Switch master/slave</source>
        <translation>主备切换</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="207"/>
        <source>The switch would leave %1 with an invalid origin, so it was not applied. Use Modify to change the origins instead.</source>
        <translation>切换后 %1 的源站配置将无效，因此未执行。请改用“修改”来调整源站。</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="217"/>
        <source>Switch master/slave?</source>
        <translation>主备切换？</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="218"/>
        <source>Switching master and slave of %1 loses:</source>
        <translation>%1 主备切换将丢失：</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="225"/>
        <source>Switching master and slave</source>
        <translation>正在进行主备切换</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="232"/>
        <source>The draft could not be saved: %1</source>
        <translation>无法保存草稿：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="238"/>
        <source>Saved as a draft. Review and apply it from Drafts.</source>
        <translation>已保存为草稿。请在“草稿”中审阅并应用。</translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="239"/>
        <source>Saved as a draft (%1). Review and apply it from Drafts.</source>
        <translation>已保存为草稿（%1）。请在“草稿”中审阅并应用。</translation>
    </message>
</context>
<context>
    <name>od::OriginApplier</name>
    <message>
        <location filename="../src/gui/OriginApplier.cpp" line="40"/>
        <source>The domain %1 is no longer in this account.</source>
        <translation>域名 %1 已不在此账号下。</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginApplier.cpp" line="51"/>
        <source>Sending the change to %1…</source>
        <translation>正在向 %1 提交变更…</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginApplier.cpp" line="67"/>
        <source>Reading %1 back to verify…</source>
        <translation>正在回读 %1 以核对…</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginApplier.cpp" line="84"/>
        <source>%1 reads back with a different origin than the one sent.</source>
        <translation>回读 %1 时得到的源站配置与所发送的不同。</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginApplier.cpp" line="97"/>
        <source>The change was applied but not recorded in the history (%1): %2</source>
        <translation>变更已应用，但未记录到历史（%1）：%2</translation>
    </message>
</context>
<context>
    <name>od::OriginEditDialogBase</name>
    <message>
        <location filename="../src/gui/OriginEditDialogBase.cpp" line="59"/>
        <source>What you typed cannot be kept on disk while the editor is open (%1); save it as a draft or apply it before closing OriginDesk.</source>
        <translation>编辑器打开期间，您输入的内容无法保存到磁盘（%1）；请在关闭 OriginDesk 之前将其保存为草稿或应用。</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditDialogBase.cpp" line="70"/>
        <source>Discard the changes?</source>
        <translation>放弃更改？</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditDialogBase.cpp" line="71"/>
        <source>Discard the changes to %1? They have not been saved or applied.</source>
        <translation>放弃对 %1 的更改？这些更改尚未保存或应用。</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditDialogBase.cpp" line="107"/>
        <source>Save as &amp;draft</source>
        <translation>保存为草稿(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditDialogBase.cpp" line="109"/>
        <source>Keep this change as a draft to review and apply later.</source>
        <translation>将此变更保存为草稿，稍后审阅并应用。</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditDialogBase.cpp" line="137"/>
        <source>Save a draft that is not ready?</source>
        <translation>保存未就绪的草稿？</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditDialogBase.cpp" line="138"/>
        <source>The change to %1 breaks these rules. It can be kept as a draft, but it cannot be reviewed or applied until they are corrected.</source>
        <translation>对 %1 的变更违反了以下规则。它可以保存为草稿，但在修正之前无法审阅或应用。</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditDialogBase.cpp" line="146"/>
        <source>The draft could not be saved: %1</source>
        <translation>无法保存草稿：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditDialogBase.cpp" line="180"/>
        <source>Correct the errors shown before applying.</source>
        <translation>请先修正所示错误再提交。</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditDialogBase.cpp" line="181"/>
        <source>Nothing has changed yet.</source>
        <translation>尚未做任何修改。</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditDialogBase.cpp" line="195"/>
        <source>Apply with warnings?</source>
        <translation>存在警告，仍要提交？</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditDialogBase.cpp" line="196"/>
        <source>The change to %1 has warnings:</source>
        <translation>%1 的变更存在以下警告：</translation>
    </message>
</context>
<context>
    <name>od::OriginEditorDialog</name>
    <message>
        <location filename="../src/gui/OriginEditorDialog.cpp" line="18"/>
        <source>Modify Origin Server – %1</source>
        <translation>修改源站 – %1</translation>
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
        <translation>协议跟随（与请求一致）</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditorDialog.cpp" line="32"/>
        <source>Hot slave origins do not support HTTPS back-to-origin.</source>
        <translation>热备源站不支持 HTTPS 回源。</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditorDialog.cpp" line="35"/>
        <source>HTTPS is unavailable: this domain has hot slave origins, which do not support HTTPS back-to-origin. Remove them first to choose HTTPS.</source>
        <translation>无法选择 HTTPS：此域名已配置热备源站，而热备源站不支持 HTTPS 回源。请先删除热备源站再选择 HTTPS。</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditorDialog.cpp" line="40"/>
        <source>%1 (the acceleration domain)</source>
        <translation>%1（加速域名）</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditorDialog.cpp" line="55"/>
        <source>This domain uses %1 (%2), which is edited in the Tencent Cloud console; only the protocol and host header can be changed here.</source>
        <translation>此域名使用%1（%2），需在腾讯云控制台中修改；此处只能修改回源协议和回源 HOST。</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditorDialog.cpp" line="95"/>
        <source>Switch to %1?</source>
        <translation>切换为%1？</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditorDialog.cpp" line="96"/>
        <source>Switching %1 to %2 removes:</source>
        <translation>将 %1 切换为%2会删除：</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditorDialog.cpp" line="124"/>
        <source>Applying this switch:</source>
        <translation>提交此切换将：</translation>
    </message>
</context>
<context>
    <name>od::OriginPanel</name>
    <message>
        <location filename="../src/gui/OriginPanel.cpp" line="27"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginPanel.cpp" line="46"/>
        <location filename="../src/gui/OriginPanel.cpp" line="49"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginPanel.cpp" line="46"/>
        <location filename="../src/gui/OriginPanel.cpp" line="49"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginPanel.cpp" line="46"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginPanel.cpp" line="74"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginPanel.cpp" line="80"/>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginPanel.cpp" line="81"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginPanel.cpp" line="82"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/OriginPanel.cpp" line="90"/>
        <source>Slave host header: %1</source>
        <translation>热备源站回源 HOST：%1</translation>
    </message>
</context>
<context>
    <name>od::ReviewDialog</name>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="69"/>
        <source>Highlighted: %1 %2</source>
        <translation>高亮：%1 %2</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="70"/>
        <source>changed live since the draft was made</source>
        <translation>草稿创建后线上发生的变化</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="71"/>
        <source>what the draft changes</source>
        <translation>草稿所做的更改</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="72"/>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="79"/>
        <source>&amp;Copy results</source>
        <translation>复制结果(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="81"/>
        <source>Copy every domain with its changes and result (RequestIds, errors) as text</source>
        <translation>以文本形式复制每个域名的变更和结果（RequestId、错误）</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="88"/>
        <source>Domain and changes (live → draft)</source>
        <translation>域名与变更（线上 → 草稿）</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="88"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="88"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="108"/>
        <source>Reading the live configuration…</source>
        <translation>正在读取线上配置…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/ReviewDialog.cpp" line="113"/>
        <source>%n draft(s) compared with the live configuration, read now. Nothing is sent until you press Apply; a domain whose live configuration changed since its draft was made is kept unless you choose otherwise.</source>
        <translation>
            <numerusform>%n 个草稿已与刚读取的线上配置比较。按“应用”之前不会发送任何内容；若某域名的线上配置在草稿创建后发生了变化，除非您另行选择，否则保留其草稿。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="131"/>
        <source>(not known)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="133"/>
        <source>Type: %1 (%2)</source>
        <translation>类型：%1（%2）</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="134"/>
        <source>Origins: %1</source>
        <translation>源站：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="136"/>
        <source>Hot slave origins: %1</source>
        <translation>热备源站：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="137"/>
        <source>Protocol: %1</source>
        <translation>回源协议：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="137"/>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="139"/>
        <source>Host header: %1</source>
        <translation>回源 Host：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="141"/>
        <source>Slave host header: %1</source>
        <translation>备源站回源 Host：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="143"/>
        <source>Private bucket access: %1</source>
        <translation>私有存储桶访问：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="160"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="194"/>
        <source>%1: live changed since the draft was made</source>
        <translation>%1：草稿创建后线上配置已变化</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="195"/>
        <source>%1: base / live / draft</source>
        <translation>%1：基准 / 线上 / 草稿</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="201"/>
        <source>Draft rebased on live (to apply)</source>
        <translation>基于线上配置变基后的草稿（待应用）</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="201"/>
        <source>Draft (to apply)</source>
        <translation>草稿（待应用）</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="226"/>
        <location filename="../src/gui/ReviewDialog.cpp" line="417"/>
        <source>Could not read the live configuration: %1</source>
        <translation>无法读取线上配置：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="237"/>
        <source>Action for %1</source>
        <translation>%1 的操作</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="238"/>
        <source>Apply the draft anyway</source>
        <translation>仍然应用草稿</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="238"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="240"/>
        <source>Rebase the draft on live</source>
        <translation>基于线上配置变基草稿</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="241"/>
        <source>Keep for later</source>
        <translation>保留待以后处理</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="262"/>
        <source>Live already matches the draft.</source>
        <translation>线上配置已与草稿一致。</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="268"/>
        <source>Live changed since the draft was made: choose apply anyway, rebase, or keep.</source>
        <translation>草稿创建后线上配置已变化：请选择仍然应用、变基或保留。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/ReviewDialog.cpp" line="272"/>
        <source>%n change(s) to apply.</source>
        <translation>
            <numerusform>%n 项变更待应用。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="295"/>
        <source>Rebased on live, the draft breaks the rules: edit it from Drafts or choose another action.</source>
        <translation>基于线上配置变基后，草稿违反规则：请在“草稿”中编辑，或选择其他操作。</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="331"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="334"/>
        <source>Reading the live configuration: %1 of %2…</source>
        <translation>正在读取线上配置：%1 / %2…</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="337"/>
        <source>%1 to apply; %2 changed live since the draft was made.</source>
        <translation>%1 个待应用；%2 个在草稿创建后线上配置已变化。</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="359"/>
        <source>%v of %m domains</source>
        <translation>%v / %m 个域名</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="361"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="371"/>
        <source>Stopping after the domain in flight…</source>
        <translation>当前域名完成后停止…</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="387"/>
        <source>Not applied (stopped); still a draft.</source>
        <translation>未应用（已停止）；仍为草稿。</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="398"/>
        <source>Done: %1 applied, %2 failed. Failed and kept domains stay in Drafts.</source>
        <translation>完成：%1 个已应用，%2 个失败。失败和保留的域名仍在“草稿”中。</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="407"/>
        <source>Reading the live configuration again…</source>
        <translation>正在再次读取线上配置…</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="408"/>
        <source>Applying %1…</source>
        <translation>正在应用 %1…</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="423"/>
        <source>The live configuration changed again during this review; kept as a draft. Review it again.</source>
        <translation>审阅期间线上配置再次变化；已保留为草稿。请重新审阅。</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="439"/>
        <source>Rebased on live, the draft breaks the rules; kept. Edit it from Drafts.</source>
        <translation>基于线上配置变基后，草稿违反规则；已保留。请在“草稿”中编辑。</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="450"/>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="460"/>
        <source>Applied (RequestId %1).</source>
        <translation>已应用（RequestId %1）。</translation>
    </message>
    <message>
        <location filename="../src/gui/ReviewDialog.cpp" line="474"/>
        <source>Accepted (RequestId %1) but not verified: %2 Kept as a draft: review it again to see where the domain stands.</source>
        <translation>已接受（RequestId %1），但未能核对：%2 已保留为草稿：请再次审阅以查看该域名的当前状态。</translation>
    </message>
</context>
<context>
    <name>od::SecretStore</name>
    <message>
        <location filename="../src/credentials/SecretStore.cpp" line="42"/>
        <source>The keychain holds no SecretKey for this account. Enter it again (Accounts → Edit).</source>
        <translation>钥匙串中没有此账号的 SecretKey。请重新输入（账号管理 → 编辑）。</translation>
    </message>
    <message>
        <location filename="../src/credentials/SecretStore.cpp" line="48"/>
        <source>The keychain refused access (%1). Unlock it and allow OriginDesk, or keep the key for this run only.</source>
        <translation>钥匙串拒绝访问（%1）。请解锁并允许 OriginDesk 访问，或仅在本次运行期间保留密钥。</translation>
    </message>
    <message>
        <location filename="../src/credentials/SecretStore.cpp" line="55"/>
        <source>No keyring service is running (%1). Start one (on Linux: gnome-keyring or KWallet with the Secret Service), or keep the key for this run only; OriginDesk never writes it to a file.</source>
        <translation>没有正在运行的密钥环服务（%1）。请启动一个（Linux 上可用 gnome-keyring 或提供 Secret Service 的 KWallet），或仅在本次运行期间保留密钥；OriginDesk 绝不会把密钥写入文件。</translation>
    </message>
    <message>
        <location filename="../src/credentials/SecretStore.cpp" line="62"/>
        <source>The keychain could not be used (%1). Check that it is running and unlocked, or keep the key for this run only; OriginDesk never writes it to a file.</source>
        <translation>无法使用钥匙串（%1）。请检查它是否正在运行且已解锁，或仅在本次运行期间保留密钥；OriginDesk 绝不会把密钥写入文件。</translation>
    </message>
</context>
<context>
    <name>od::SlaveEditorDialog</name>
    <message>
        <location filename="../src/gui/SlaveEditorDialog.cpp" line="18"/>
        <source>Hot slave origins can only be added to a domain whose origin is an own origin (this one is a %1).</source>
        <translation>只有源站为自有源站的域名才能添加热备源站（此域名为%1）。</translation>
    </message>
    <message>
        <location filename="../src/gui/SlaveEditorDialog.cpp" line="22"/>
        <source>HTTPS back-to-origin is selected, which slave origins do not support. Change the origin-pull protocol to HTTP or Follow (Modify) before adding hot slave origins.</source>
        <translation>当前选择了 HTTPS 回源，而热备源站不支持 HTTPS。请先（通过“修改”）将回源协议改为 HTTP 或协议跟随，再添加热备源站。</translation>
    </message>
    <message>
        <location filename="../src/gui/SlaveEditorDialog.cpp" line="27"/>
        <source>Hot slave origins are not supported behind an IPv6 master origin.</source>
        <translation>主源站为 IPv6 时不支持热备源站。</translation>
    </message>
    <message>
        <location filename="../src/gui/SlaveEditorDialog.cpp" line="38"/>
        <source>Edit Hot Slave Origins – %1</source>
        <translation>编辑热备源站 – %1</translation>
    </message>
    <message>
        <location filename="../src/gui/SlaveEditorDialog.cpp" line="39"/>
        <source>Add Hot Slave Origin – %1</source>
        <translation>添加热备源站 – %1</translation>
    </message>
    <message>
        <location filename="../src/gui/SlaveEditorDialog.cpp" line="45"/>
        <source>%1 (the master&apos;s host header)</source>
        <translation>%1（主源站的回源 HOST）</translation>
    </message>
</context>
<context>
    <name>od::TccliImportDialog</name>
    <message>
        <location filename="../src/gui/TccliImportDialog.cpp" line="19"/>
        <source>%1 – %2, SecretId %3%4</source>
        <translation>%1 – %2，SecretId %3%4</translation>
    </message>
    <message>
        <location filename="../src/gui/TccliImportDialog.cpp" line="22"/>
        <source>, temporary</source>
        <translation>，临时凭证</translation>
    </message>
    <message>
        <location filename="../src/gui/TccliImportDialog.cpp" line="28"/>
        <source>No tccli profiles were found in %1.</source>
        <translation>在 %1 中没有找到 tccli 配置。</translation>
    </message>
    <message>
        <location filename="../src/gui/TccliImportDialog.cpp" line="32"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>od::Workspace</name>
    <message>
        <location filename="../src/gui/Workspace.cpp" line="31"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../src/gui/Workspace.cpp" line="39"/>
        <source>The sandbox state %1 cannot be read (%2). Move it away to start with fresh demo domains.</source>
        <translation>无法读取沙箱状态文件 %1（%2）。将其移走即可用新的演示域名重新开始。</translation>
    </message>
    <message>
        <location filename="../src/gui/Workspace.cpp" line="48"/>
        <source>The sandbox could not start: %1</source>
        <translation>沙箱无法启动：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/Workspace.cpp" line="57"/>
        <source>Sandbox</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <location filename="../src/gui/Workspace.cpp" line="80"/>
        <source>The temporary credentials of %1 expired at %2. Edit the account with new ones.</source>
        <translation>%1 的临时凭证已于 %2 过期。请编辑账号并填入新的凭证。</translation>
    </message>
</context>
</TS>

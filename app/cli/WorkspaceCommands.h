#pragma once

class QCommandLineParser;

namespace attest::app {

// `attest workspace ...`: the encryption of a workspace at rest.
//  info            encrypted or not, the header's key id and slots, whether this computer's keychain holds the key
//  encrypt         a plain workspace becomes encrypted (keychain key and/or recovery passphrase), replacing it
//  decrypt         a plain copy of an encrypted workspace (--out FILE --yes), recorded in its audit trail
//  rekey           a new data key for every page; the keychain entry replaced once the rotation is complete
//  set-passphrase  sets, changes (--passphrase-file NEW) or removes (--remove) the recovery passphrase
void configureWorkspaceInfo(QCommandLineParser& parser);
int runWorkspaceInfo(QCommandLineParser& parser);
void configureWorkspaceEncrypt(QCommandLineParser& parser);
int runWorkspaceEncrypt(QCommandLineParser& parser);
void configureWorkspaceDecrypt(QCommandLineParser& parser);
int runWorkspaceDecrypt(QCommandLineParser& parser);
void configureWorkspaceRekey(QCommandLineParser& parser);
int runWorkspaceRekey(QCommandLineParser& parser);
void configureWorkspaceSetPassphrase(QCommandLineParser& parser);
int runWorkspaceSetPassphrase(QCommandLineParser& parser);

} // namespace attest::app

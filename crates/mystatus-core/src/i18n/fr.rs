use super::Messages;

pub struct Fr;

impl Messages for Fr {
    fn copilot_title(&self) -> &'static str {
        "## Quota du compte GitHub Copilot"
    }
    fn account_label(&self) -> &'static str {
        "Compte :"
    }
    fn plan_label(&self) -> &'static str {
        "Forfait :"
    }
    fn ai_credits(&self) -> &'static str {
        "Crédits IA"
    }
    fn credits(&self, count: &str) -> String {
        format!("{count} crédits")
    }
    fn billed_overage(&self, dollars: &str) -> String {
        format!("Dépassement facturé : {dollars}")
    }
    fn unlimited_used(&self, amount: &str) -> String {
        format!("Illimité (consommation : {amount})")
    }
    fn used_not_published(&self, amount: &str) -> String {
        format!("Consommation : {amount} (GitHub ne publie pas le quota de ce forfait)")
    }
    fn used_no_tier(&self, amount: &str, path: &str) -> String {
        format!("Consommation : {amount}. Ajoutez votre forfait dans \"tier\" de {path} pour voir ce qu'il reste.")
    }
    fn used_pooled(&self, amount: &str, owners: &str) -> String {
        format!("Consommation : {amount} (le quota est mutualisé par {owners})")
    }
    fn your_organization(&self) -> &'static str {
        "votre organisation"
    }
    fn organization_title(&self, name: &str) -> String {
        format!("Organisation : {name}")
    }
    fn enterprise_title(&self, name: &str) -> String {
        format!("Entreprise : {name}")
    }
    fn entity_usage(&self, amount: &str) -> String {
        format!("Vos crédits IA ce mois-ci : {amount}")
    }
    fn entity_budget(&self, dollars: &str, stops_usage: bool) -> String {
        if stops_usage {
            format!("Budget de crédits IA : {dollars} (l'utilisation s'arrête une fois ce montant atteint)")
        } else {
            format!("Budget de crédits IA : {dollars}")
        }
    }
    fn entity_no_budget(&self) -> &'static str {
        "Aucun budget de crédits IA n'est défini."
    }
    fn entity_refused(&self, status: u16) -> String {
        format!(
            "Illisible avec ce jeton ({status}) : il faut le jeton d'un propriétaire ou d'un gestionnaire de facturation."
        )
    }
    fn entity_no_answer(&self) -> &'static str {
        "GitHub n'a pas donné de réponse exploitable à ce sujet."
    }
    fn premium_requests(&self) -> &'static str {
        "Requêtes premium"
    }
    fn chat(&self) -> &'static str {
        "Chat"
    }
    fn completions(&self) -> &'static str {
        "Complétions"
    }
    fn unlimited(&self) -> &'static str {
        "Illimité"
    }
    fn no_quota_data(&self, service: &str) -> String {
        format!("{service} n'a indiqué aucun quota pour ce compte.")
    }
    fn overage(&self, amount: &str) -> String {
        format!("Dépassement : {amount}")
    }
    fn model_breakdown(&self) -> &'static str {
        "Détail par modèle :"
    }
    fn requests(&self, count: &str) -> String {
        format!("{count} requêtes")
    }
    fn period_label(&self) -> &'static str {
        "Période :"
    }
    fn resets_label(&self) -> &'static str {
        "Réinitialisation :"
    }
    fn resets_soon(&self) -> &'static str {
        "réinitialisation imminente"
    }
    fn duration(&self, days: i64, hours: i64, minutes: i64) -> String {
        match (days, hours) {
            (0, 0) => format!("{minutes} min"),
            (0, _) => format!("{hours} h {minutes} min"),
            _ => format!("{days} j {hours} h"),
        }
    }

    fn window_minutes(&self, minutes: i64) -> String {
        format!("Limite sur {minutes} minutes")
    }
    fn window_hours(&self, hours: i64) -> String {
        format!("Limite sur {hours} heures")
    }
    fn window_days(&self, days: i64) -> String {
        format!("Limite sur {days} jours")
    }
    fn remaining(&self, percent: i64) -> String {
        format!("{percent}% restant")
    }
    fn resets_in(&self, when: &str) -> String {
        format!("Réinitialisation dans : {when}")
    }
    fn resets_soon_line(&self) -> &'static str {
        "Réinitialisation imminente"
    }
    fn limit_reached(&self) -> &'static str {
        "⚠️ Limite atteinte"
    }

    fn no_accounts(&self) -> &'static str {
        "Aucun compte configuré trouvé."
    }
    fn supported_accounts(&self) -> &'static str {
        "Types de comptes pris en charge :"
    }
    fn failed_accounts(&self) -> &'static str {
        "## ❌ Échec de la consultation des comptes"
    }

    fn internal_error(&self, platform: &str) -> String {
        format!(
            "mystatus a rencontré une erreur interne (un bogue) en lisant {platform} ; les autres plateformes \
ne sont pas touchées. Merci de le signaler sur https://github.com/mystatus/mystatus/issues."
        )
    }
    fn copilot_guidance(&self, path: &str, example: &str, tiers: &str) -> String {
        format!(
            "Pour afficher votre quota GitHub Copilot, mystatus a besoin d'un jeton d'accès personnel (PAT) \
à granularité fine : un jeton que vous créez sur GitHub et qui n'accorde que les autorisations que vous choisissez. \
mystatus doit seulement lire l'utilisation de votre forfait.\n\
\n\
1. Ouvrez https://github.com/settings/tokens?type=beta et cliquez sur \"Generate new token\".\n\
2. Sous \"Account permissions\", réglez \"Plan\" sur \"Read-only\" (lecture seule). Rien d'autre n'est nécessaire.\n\
3. Générez le jeton et copiez-le (il commence par github_pat_).\n\
4. Enregistrez-le dans {path} :\n\
\n\
{example}\n\
\n\
Seul \"token\" est obligatoire : mystatus trouve lui-même votre nom d'utilisateur, et \"tier\" définit votre \
quota mensuel ({tiers} ; votre forfait est indiqué sur https://github.com/settings/copilot).\n\
Relancez ensuite /mystatus."
        )
    }

    fn pat_config_invalid(&self, path: &str, problem: &str) -> String {
        format!("Le fichier de jeton {path} n'est pas valide : {problem}.")
    }
    fn token_file_exposed(&self, path: &str, mode: &str) -> String {
        format!(
            "⚠️ D'autres utilisateurs de cette machine peuvent lire votre fichier de jeton (permissions {mode}) : \
lancez `chmod 600 {path}`."
        )
    }
    fn config_example_intro(&self) -> &'static str {
        "Il doit ressembler à ceci :"
    }
    fn problem_unreadable(&self, detail: &str) -> String {
        format!("il n'a pas pu être lu ({detail})")
    }
    fn problem_too_large(&self, size: &str, limit: &str) -> String {
        format!("il fait {size}, plus que les {limit} qu'un fichier d'identifiants peut faire ; rien n'en a été lu")
    }
    fn problem_not_utf8(&self) -> String {
        "ce n'est pas du texte UTF-8 (a-t-il été enregistré dans un autre encodage ?)".to_owned()
    }
    fn problem_not_json(&self, detail: &str) -> String {
        format!("ce n'est pas du JSON valide ({detail})")
    }
    fn problem_not_object(&self) -> String {
        "il doit contenir un objet JSON".to_owned()
    }
    fn problem_missing(&self, field: &str) -> String {
        format!("le champ \"{field}\" est absent")
    }
    fn problem_empty(&self, field: &str) -> String {
        format!("le champ \"{field}\" est vide")
    }
    fn problem_not_string(&self, field: &str) -> String {
        format!("le champ \"{field}\" doit être une chaîne entre guillemets")
    }
    fn problem_unknown_tier(&self, value: &str, valid: &str) -> String {
        format!("\"tier\" vaut \"{value}\", ce qui n'est pas un forfait Copilot ; valeurs possibles : {valid}")
    }
    fn problem_unknown_billing(&self, value: &str) -> String {
        format!(
            "\"billing\" vaut \"{value}\" ; utilisez \"credits\" ou \"premium-requests\", \
ou omettez-le pour qu'il soit détecté automatiquement"
        )
    }
    fn problem_bad_allowance(&self, value: &str) -> String {
        format!("\"allowance\" vaut {value} ; ce doit être un nombre positif de crédits IA par mois")
    }
    fn problem_bad_name(&self, field: &str, value: &str) -> String {
        format!("\"{field}\" vaut \"{value}\", ce qui n'est pas un nom de compte GitHub (lettres, chiffres et tirets)")
    }
    fn problem_bad_host(&self, value: &str) -> String {
        format!(
            "\"host\" vaut \"{value}\" ; ce doit être votre domaine GitHub Enterprise Cloud, par ex. company.ghe.com"
        )
    }
    fn problem_bad_username(&self, value: &str) -> String {
        format!(
            "\"username\" vaut \"{value}\", ce qui n'est pas un nom d'utilisateur GitHub (lettres, chiffres et tirets ; \
copiez-le depuis l'URL de votre profil, https://github.com/<username>)"
        )
    }

    fn auth_file_invalid(&self, source: &str, detail: &str) -> String {
        format!("Les données de connexion d'OpenCode dans {source} n'ont pas pu être lues : {detail}.")
    }
    fn oauth_entry_unusable(&self, source: &str, detail: &str) -> String {
        format!(
            "La connexion \"github-copilot\" dans {source} n'a pas de jeton OAuth utilisable ({detail}). \
Reconnectez-vous à GitHub Copilot dans OpenCode (opencode auth login) ou configurez un fichier de jeton :"
        )
    }
    fn oauth_cannot_read_quota(&self, status: u16) -> String {
        format!(
            "La connexion GitHub d'OpenCode ne permet pas de lire le quota Copilot (GitHub a répondu {status}) : \
son jeton OAuth n'a pas accès à l'API des quotas. Un jeton à granularité fine résout le problème :"
        )
    }

    fn bad_api_url(&self, var: &str, value: &str) -> String {
        format!(
            "{var} vaut \"{value}\", ce qui n'est pas une URL http(s). Supprimez cette variable pour github.com, \
ou définissez-la sur l'API de votre GitHub Enterprise Server, par ex. https://github.example.com/api/v3."
        )
    }
    fn bad_origin(&self, var: &str, value: &str) -> String {
        format!(
            "{var} vaut \"{value}\", ce qui n'est pas une URL http(s). Supprimez-la, ou donnez-lui une origine http(s)."
        )
    }
    fn pat_unauthorized(&self, path: &str) -> String {
        format!(
            "GitHub a rejeté le jeton (401) : il est invalide, révoqué ou expiré. Créez un nouveau jeton à granularité \
fine sur https://github.com/settings/tokens?type=beta (Account permissions -> Plan -> Read-only) et \
placez-le dans le champ \"token\" de {path}."
        )
    }
    fn pat_forbidden(&self) -> String {
        "GitHub a refusé l'accès aux données de facturation (403) : le jeton n'a pas l'autorisation \"Plan\". \
Modifiez le jeton sur https://github.com/settings/tokens?type=beta, réglez Account permissions -> Plan -> \
Read-only, enregistrez, puis relancez /mystatus."
            .to_owned()
    }
    fn pat_user_not_found(&self, username: &str, path: &str) -> String {
        format!(
            "GitHub n'a aucune donnée de facturation personnelle pour \"{username}\" (404). Si une organisation \
paie votre siège Copilot, son utilisation lui est facturée : connectez-vous à GitHub Copilot dans OpenCode pour la \
voir, ou ajoutez \"org\" dans {path} si vous l'administrez. Sinon, vérifiez \"username\" dans {path} : la casse \
compte ; copiez-le depuis l'URL de votre profil (https://github.com/<username>)."
        )
    }
    fn deadline(&self, platform: &str, seconds: u32, var: &str) -> String {
        format!(
            "{platform} n'a pas fini en {seconds} s : une requête est très lente ou bloquée. Réessayez plus tard ; \
{var} relève la limite."
        )
    }
    fn rate_limited(&self, service: &str, url: &str) -> String {
        format!(
            "{service} limite le débit des requêtes (429) vers {url}. Patientez quelques minutes, puis relancez /mystatus."
        )
    }
    fn rate_limited_retry(&self, service: &str, url: &str, seconds: u64) -> String {
        format!("{service} limite le débit des requêtes vers {url} : réessayez dans {seconds} s.")
    }
    fn server_error(&self, service: &str, status: u16, url: &str) -> String {
        format!(
            "{service} a répondu par une erreur serveur ({status}) pour {url}. Le problème vient de {service} ; \
réessayez dans quelques minutes."
        )
    }
    fn unexpected_status(&self, service: &str, status: u16, url: &str) -> String {
        format!("{service} a répondu {status} pour {url}, ce que mystatus n'attendait pas.")
    }
    fn api_said(&self, service: &str, message: &str) -> String {
        format!("{service} a répondu : \"{message}\"")
    }
    fn timeout(&self, service: &str, seconds: u32, url: &str) -> String {
        format!(
            "{service} n'a pas répondu en {seconds} s ({url}). Vérifiez votre connexion réseau ou votre proxy, \
puis relancez /mystatus."
        )
    }
    fn network(&self, service: &str, url: &str, detail: &str) -> String {
        format!(
            "Impossible de joindre {service} à l'adresse {url} ({detail}). Vérifiez votre connexion réseau \
ou votre proxy, puis relancez /mystatus."
        )
    }
    fn malformed(&self, service: &str, url: &str, detail: &str) -> String {
        format!(
            "La réponse de {service} depuis {url} n'a pas le format attendu ({detail}). L'API a peut-être \
changé : merci de le signaler à mystatus."
        )
    }
}

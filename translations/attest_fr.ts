<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AiSystem</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Unique internal identifier, e.g. FIN-FRAUD-01</source>
        <translation>Identifiant interne unique, p. ex. FIN-FRAUD-01</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>What people call the system</source>
        <translation>Le nom d&apos;usage du système</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What the system does and how</source>
        <translation>Ce que fait le système et comment</translation>
    </message>
    <message>
        <source>Intended purpose</source>
        <translation>Finalité prévue</translation>
    </message>
    <message>
        <source>The use it is meant for, and the uses it is not meant for</source>
        <translation>L&apos;usage auquel il est destiné, et les usages auxquels il ne l&apos;est pas</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Responsable métier</translation>
    </message>
    <message>
        <source>Accountable for the system&apos;s use and its risks</source>
        <translation>Rend compte de l&apos;utilisation du système et de ses risques</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Responsable technique</translation>
    </message>
    <message>
        <source>Responsible for building and running it</source>
        <translation>Chargé de le développer et de l&apos;exploiter</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Unité opérationnelle</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Étape du cycle de vie</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Développement</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>On-premises</source>
        <translation>Sur site</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Third-party API / SaaS</source>
        <translation>API tierce / SaaS</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Edge</translation>
    </message>
    <message>
        <source>Model type</source>
        <translation>Type de modèle</translation>
    </message>
    <message>
        <source>Generative / LLM</source>
        <translation>Génératif / LLM</translation>
    </message>
    <message>
        <source>Classifier</source>
        <translation>Classifieur</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Régression</translation>
    </message>
    <message>
        <source>Recommender</source>
        <translation>Système de recommandation</translation>
    </message>
    <message>
        <source>Computer vision</source>
        <translation>Vision par ordinateur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>In-house</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur externe</translation>
    </message>
    <message>
        <source>Who supplies the system, when it is bought in</source>
        <translation>Qui fournit le système, s&apos;il est acheté</translation>
    </message>
    <message>
        <source>Third-party components</source>
        <translation>Composants tiers</translation>
    </message>
    <message>
        <source>The supply chain, one per line as “kind: name”, e.g. “model: Llama 3.1 8B”</source>
        <translation>La chaîne d&apos;approvisionnement, un composant par ligne sous la forme «&#xa0;type: nom&#xa0;», p. ex. «&#xa0;model: Llama 3.1 8B&#xa0;»</translation>
    </message>
    <message>
        <source>Pre-trained model</source>
        <translation>Modèle pré-entraîné</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <source>What kinds of data the system processes</source>
        <translation>Les types de données que traite le système</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données à caractère personnel</translation>
    </message>
    <message>
        <source>Special categories (GDPR Art. 9)</source>
        <translation>Catégories particulières de données (RGPD art. 9)</translation>
    </message>
    <message>
        <source>Protected health information (HIPAA)</source>
        <translation>Informations de santé protégées (HIPAA)</translation>
    </message>
    <message>
        <source>Confidential business data</source>
        <translation>Données confidentielles de l&apos;entreprise</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Aucune de ces catégories</translation>
    </message>
    <message>
        <source>Data sources and provenance</source>
        <translation>Sources et provenance des données</translation>
    </message>
    <message>
        <source>Where training and input data come from, and how that is tracked</source>
        <translation>D&apos;où viennent les données d&apos;entraînement et d&apos;entrée, et comment cette origine est suivie</translation>
    </message>
    <message>
        <source>Automated decisions (GDPR Art. 22)</source>
        <translation>Décisions automatisées (RGPD art. 22)</translation>
    </message>
    <message>
        <source>Does it take decisions with legal or similarly significant effects on people?</source>
        <translation>Prend-il des décisions produisant des effets juridiques à l&apos;égard des personnes ou les affectant de manière significative de façon similaire&#xa0;?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <source>Human oversight</source>
        <translation>Contrôle humain</translation>
    </message>
    <message>
        <source>Human in the loop</source>
        <translation>Humain dans la boucle (human in the loop)</translation>
    </message>
    <message>
        <source>Human on the loop</source>
        <translation>Humain sur la boucle (human on the loop)</translation>
    </message>
    <message>
        <source>No human oversight</source>
        <translation>Aucun contrôle humain</translation>
    </message>
    <message>
        <source>EU AI Act risk tier</source>
        <translation>Niveau de risque (règlement européen sur l&apos;IA)</translation>
    </message>
    <message>
        <source>Prohibited</source>
        <translation>Interdit</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Risque élevé</translation>
    </message>
    <message>
        <source>Limited risk (transparency)</source>
        <translation>Risque limité (transparence)</translation>
    </message>
    <message>
        <source>Minimal risk</source>
        <translation>Risque minimal</translation>
    </message>
    <message>
        <source>General-purpose AI</source>
        <translation>IA à usage général</translation>
    </message>
    <message>
        <source>Not yet classified</source>
        <translation>Pas encore classé</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <source>How much the business depends on it</source>
        <translation>Dans quelle mesure l&apos;activité en dépend</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Monitoring in place</source>
        <translation>Surveillance en place</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Dérive</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Input anomalies</source>
        <translation>Anomalies d&apos;entrée</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <source>Date, as YYYY-MM-DD</source>
        <translation>Date, au format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Comma-separated labels</source>
        <translation>Libellés séparés par des virgules</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>“%1” should read “kind: name”, with kind one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» doit avoir la forme «&#xa0;type: nom&#xa0;», où type est l&apos;un de %2.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of component; use one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de composant&#xa0;; utiliser l&apos;un de %2.</translation>
    </message>
    <message>
        <source>The component “%1” has no name.</source>
        <translation>Le composant «&#xa0;%1&#xa0;» n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>%1 must be a single line.</source>
        <translation>%1&#xa0;: une seule ligne est autorisée.</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>%1&#xa0;: texte trop long (%2 caractères&#xa0;; %3 au maximum).</translation>
    </message>
    <message>
        <source>Code “%1” may only contain the letters A–Z, digits and . _ / - (no spaces or accents).</source>
        <translation>Le code «&#xa0;%1&#xa0;» ne peut contenir que les lettres A–Z, des chiffres et . _ / - (ni espaces ni accents).</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of %3.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» ne fait pas partie de %3.</translation>
    </message>
    <message>
        <source>Data categories: “none” cannot be combined with other categories.</source>
        <translation>Catégories de données&#xa0;: «&#xa0;none&#xa0;» ne peut pas être combiné avec d&apos;autres catégories.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date; write it as YYYY-MM-DD.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une date&#xa0;; l&apos;écrire au format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1&#xa0;: champ obligatoire.</translation>
    </message>
    <message>
        <source>“%1” is not a field of an AI system.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un champ d&apos;un système d&apos;IA.</translation>
    </message>
    <message>
        <source>Our role</source>
        <translation>Notre rôle</translation>
    </message>
    <message>
        <source>For this processing, the organisation acts as</source>
        <translation>Pour ce traitement, l’organisation agit en tant que</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Responsable du traitement</translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation>Responsable conjoint du traitement</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Sous-traitant</translation>
    </message>
    <message>
        <source>Our name and contact details</source>
        <translation>Notre nom et nos coordonnées</translation>
    </message>
    <message>
        <source>The organisation acting as controller (or as processor), and how to reach it</source>
        <translation>L’organisation agissant en tant que responsable du traitement (ou que sous-traitant), et comment la joindre</translation>
    </message>
    <message>
        <source>Joint controllers</source>
        <translation>Responsables conjoints du traitement</translation>
    </message>
    <message>
        <source>Where applicable: who else decides, and their contact details</source>
        <translation>Le cas échéant&#xa0;: qui d’autre décide, et leurs coordonnées</translation>
    </message>
    <message>
        <source>Representative in the Union</source>
        <translation>Représentant dans l’Union</translation>
    </message>
    <message>
        <source>Where applicable (controllers outside the EU)</source>
        <translation>Le cas échéant (responsables du traitement établis hors de l’UE)</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Délégué à la protection des données (DPO)</translation>
    </message>
    <message>
        <source>Name and contact details, where a DPO is designated</source>
        <translation>Nom et coordonnées, si un DPO a été désigné</translation>
    </message>
    <message>
        <source>Processing carried out for controllers</source>
        <translation>Traitements effectués pour le compte de responsables du traitement</translation>
    </message>
    <message>
        <source>As a processor: each controller we act for, their contact details, and the categories of processing carried out for each</source>
        <translation>En tant que sous-traitant&#xa0;: chaque responsable du traitement pour le compte duquel nous agissons, ses coordonnées et les catégories de traitements effectués pour chacun</translation>
    </message>
    <message>
        <source>Purposes of the processing</source>
        <translation>Finalités du traitement</translation>
    </message>
    <message>
        <source>Why the personal data are processed</source>
        <translation>Pourquoi les données personnelles sont traitées</translation>
    </message>
    <message>
        <source>Lawful basis (Art. 6)</source>
        <translation>Base juridique (art. 6)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Exécution d’un contrat</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obligation légale</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Intérêts vitaux</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Mission d’intérêt public</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Intérêts légitimes</translation>
    </message>
    <message>
        <source>Legitimate interest pursued</source>
        <translation>Intérêt légitime poursuivi</translation>
    </message>
    <message>
        <source>Where the processing rests on legitimate interests: which ones</source>
        <translation>Si le traitement repose sur des intérêts légitimes&#xa0;: lesquels</translation>
    </message>
    <message>
        <source>Categories of data subjects</source>
        <translation>Catégories de personnes concernées</translation>
    </message>
    <message>
        <source>Whose data, e.g. customers, applicants, patients</source>
        <translation>Les données de qui, p. ex. clients, candidats, patients</translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation>Catégories de données à caractère personnel</translation>
    </message>
    <message>
        <source>Which data about them, e.g. contact data, transaction history</source>
        <translation>Quelles données les concernant, p. ex. coordonnées, historique des transactions</translation>
    </message>
    <message>
        <source>Categories of recipients</source>
        <translation>Catégories de destinataires</translation>
    </message>
    <message>
        <source>Who the data are disclosed to, including recipients abroad</source>
        <translation>À qui les données sont communiquées, y compris les destinataires à l’étranger</translation>
    </message>
    <message>
        <source>Transfers outside the EU</source>
        <translation>Transferts hors de l’UE</translation>
    </message>
    <message>
        <source>Third countries or international organisations, and the safeguards relied on; “none” when there are none</source>
        <translation>Pays tiers ou organisations internationales, et les garanties invoquées&#xa0;; «&#xa0;aucun&#xa0;» s’il n’y en a pas</translation>
    </message>
    <message>
        <source>Time limits for erasure</source>
        <translation>Délais d’effacement</translation>
    </message>
    <message>
        <source>How long each category of data is kept</source>
        <translation>Durée de conservation de chaque catégorie de données</translation>
    </message>
    <message>
        <source>Technical and organisational security measures</source>
        <translation>Mesures de sécurité techniques et organisationnelles</translation>
    </message>
    <message>
        <source>A general description (Art. 32(1)); the controls recorded in Attest are listed in the reports as well</source>
        <translation>Une description générale (art. 32(1))&#xa0;; les mesures enregistrées dans Attest figurent également dans les rapports</translation>
    </message>
    <message>
        <source>Record last reviewed</source>
        <translation>Dernière revue de la fiche</translation>
    </message>
    <message>
        <source>High-risk indicators</source>
        <translation>Indicateurs de risque élevé</translation>
    </message>
    <message>
        <source>The criteria of the EDPB&apos;s DPIA guidelines (WP248) that apply</source>
        <translation>Les critères des lignes directrices du CEPD sur l’AIPD (WP248) qui s’appliquent</translation>
    </message>
    <message>
        <source>Evaluation or scoring</source>
        <translation>Évaluation ou notation</translation>
    </message>
    <message>
        <source>Automated decisions with legal or similar effect</source>
        <translation>Décisions automatisées produisant des effets juridiques ou similaires</translation>
    </message>
    <message>
        <source>Systematic monitoring</source>
        <translation>Surveillance systématique</translation>
    </message>
    <message>
        <source>Sensitive or highly personal data</source>
        <translation>Données sensibles ou à caractère hautement personnel</translation>
    </message>
    <message>
        <source>Large scale</source>
        <translation>Traitement à grande échelle</translation>
    </message>
    <message>
        <source>Matching or combining datasets</source>
        <translation>Croisement ou combinaison d’ensembles de données</translation>
    </message>
    <message>
        <source>Vulnerable data subjects</source>
        <translation>Personnes concernées vulnérables</translation>
    </message>
    <message>
        <source>Innovative technology</source>
        <translation>Usage innovant ou nouvelle technologie</translation>
    </message>
    <message>
        <source>Prevents exercising a right or using a service</source>
        <translation>Empêche d’exercer un droit ou de bénéficier d’un service</translation>
    </message>
    <message>
        <source>Description of the processing operations</source>
        <translation>Description des opérations de traitement</translation>
    </message>
    <message>
        <source>What happens to the data, step by step, and in which context</source>
        <translation>Ce qu’il advient des données, étape par étape, et dans quel contexte</translation>
    </message>
    <message>
        <source>Necessity and proportionality</source>
        <translation>Nécessité et proportionnalité</translation>
    </message>
    <message>
        <source>Why the processing is needed for its purposes, and why less intrusive means would not do</source>
        <translation>Pourquoi le traitement est nécessaire à ses finalités, et pourquoi des moyens moins intrusifs ne suffiraient pas</translation>
    </message>
    <message>
        <source>Risks to the rights and freedoms of data subjects</source>
        <translation>Risques pour les droits et libertés des personnes concernées</translation>
    </message>
    <message>
        <source>How people could be harmed; the system&apos;s risk register is added to the report</source>
        <translation>Comment les personnes pourraient subir un préjudice&#xa0;; le registre des risques du système est joint au rapport</translation>
    </message>
    <message>
        <source>Measures to address the risks</source>
        <translation>Mesures pour faire face aux risques</translation>
    </message>
    <message>
        <source>Safeguards, security measures and how compliance is shown; implemented controls are added to the report</source>
        <translation>Garanties, mesures de sécurité et manière dont la conformité est démontrée&#xa0;; les mesures mises en œuvre sont jointes au rapport</translation>
    </message>
    <message>
        <source>Advice of the data protection officer</source>
        <translation>Avis du délégué à la protection des données</translation>
    </message>
    <message>
        <source>What the DPO advised, and whether it was followed (and if not, why)</source>
        <translation>Ce que le DPO a conseillé, et si son avis a été suivi (et sinon, pourquoi)</translation>
    </message>
    <message>
        <source>Views of data subjects</source>
        <translation>Avis des personnes concernées</translation>
    </message>
    <message>
        <source>Where appropriate: views sought from data subjects or their representatives</source>
        <translation>Le cas échéant&#xa0;: avis recueilli auprès des personnes concernées ou de leurs représentants</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Not yet decided</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <source>Residual risk accepted</source>
        <translation>Risque résiduel accepté</translation>
    </message>
    <message>
        <source>High residual risk: prior consultation (Art. 36)</source>
        <translation>Risque résiduel élevé&#xa0;: consultation préalable (art. 36)</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Name and position of who approved the outcome</source>
        <translation>Nom et fonction de la personne ayant approuvé le résultat</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approuvé le</translation>
    </message>
    <message>
        <source>Next review of the assessment</source>
        <translation>Prochaine revue de l’analyse d’impact</translation>
    </message>
    <message>
        <source>At the latest; earlier when the risk changes. YYYY-MM-DD</source>
        <translation>Au plus tard&#xa0;; plus tôt si le risque évolue. YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Data-protection record</source>
        <translation>Fiche de protection des données</translation>
    </message>
    <message>
        <source>Edit the data-protection record of AI system %1</source>
        <translation>Modifier la fiche de protection des données du système d’IA %1</translation>
    </message>
    <message>
        <source>Record of Processing (Art. 30)</source>
        <translation>Registre des activités de traitement (art. 30)</translation>
    </message>
    <message>
        <source>Impact Assessment (Art. 35)</source>
        <translation>Analyse d’impact (AIPD, art. 35)</translation>
    </message>
    <message>
        <source>Software and firmware versions</source>
        <translation>Versions des logiciels et micrologiciels</translation>
    </message>
    <message>
        <source>The versions of the software and firmware, and how they are updated</source>
        <translation>Les versions des logiciels et micrologiciels, et la manière dont ils sont mis à jour</translation>
    </message>
    <message>
        <source>Forms of supply</source>
        <translation>Formes de mise à disposition</translation>
    </message>
    <message>
        <source>How it is placed on the market or put into service: a package, embedded in a product, a download or an API</source>
        <translation>Comment il est mis sur le marché ou mis en service&#xa0;: progiciel, intégré à un produit, téléchargement ou API</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>The hardware it is meant to run on; for a product, where its photographs and marking are kept</source>
        <translation>Le matériel sur lequel il est destiné à fonctionner&#xa0;; pour un produit, l’endroit où sont conservés ses photographies et son marquage</translation>
    </message>
    <message>
        <source>Interface for deployers</source>
        <translation>Interface pour les déployeurs</translation>
    </message>
    <message>
        <source>The user interface given to those who deploy it</source>
        <translation>L’interface utilisateur fournie à ceux qui le déploient</translation>
    </message>
    <message>
        <source>Instructions for use</source>
        <translation>Notice d’utilisation</translation>
    </message>
    <message>
        <source>Where the instructions for use are, and their version</source>
        <translation>Où se trouve la notice d’utilisation, et sa version</translation>
    </message>
    <message>
        <source>Development methods</source>
        <translation>Méthodes de développement</translation>
    </message>
    <message>
        <source>The methods and steps of development, including pre-trained systems and third-party tools used</source>
        <translation>Les méthodes et étapes du développement, y compris les systèmes pré-entraînés et les outils tiers utilisés</translation>
    </message>
    <message>
        <source>Design logic and key choices</source>
        <translation>Logique de conception et choix clés</translation>
    </message>
    <message>
        <source>The general logic, the key design choices and their reasons, the assumptions, what it optimises for</source>
        <translation>La logique générale, les principaux choix de conception et leur justification, les hypothèses, ce qu’il cherche à optimiser</translation>
    </message>
    <message>
        <source>Architecture and computing resources</source>
        <translation>Architecture et ressources informatiques</translation>
    </message>
    <message>
        <source>How the components fit together, and the computing resources used to develop, train, test and validate it</source>
        <translation>Comment les composants s’articulent, et les ressources informatiques utilisées pour le développer, l’entraîner, le tester et le valider</translation>
    </message>
    <message>
        <source>Data sheets</source>
        <translation>Fiches techniques des données</translation>
    </message>
    <message>
        <source>Training methods and data sets: provenance, scope, main characteristics, how the data were selected, labelled and cleaned</source>
        <translation>Méthodes d’entraînement et jeux de données&#xa0;: provenance, portée, principales caractéristiques, manière dont les données ont été sélectionnées, étiquetées et nettoyées</translation>
    </message>
    <message>
        <source>Assessment of the human oversight measures</source>
        <translation>Évaluation des mesures de contrôle humain</translation>
    </message>
    <message>
        <source>Why the oversight measures suffice, including what helps deployers interpret the output</source>
        <translation>Pourquoi les mesures de contrôle suffisent, y compris ce qui aide les déployeurs à interpréter les sorties</translation>
    </message>
    <message>
        <source>Pre-determined changes</source>
        <translation>Modifications prédéterminées</translation>
    </message>
    <message>
        <source>Changes to the system and its performance decided in advance, and how compliance is kept through them</source>
        <translation>Modifications du système et de ses performances décidées à l’avance, et comment la conformité est maintenue lors de ces modifications</translation>
    </message>
    <message>
        <source>Validation and testing</source>
        <translation>Validation et essais</translation>
    </message>
    <message>
        <source>Procedures, data and metrics (accuracy, robustness, discriminatory impact); where the dated and signed test reports are</source>
        <translation>Procédures, données et métriques (exactitude, robustesse, effets discriminatoires)&#xa0;; où se trouvent les rapports d’essai datés et signés</translation>
    </message>
    <message>
        <source>Cybersecurity measures</source>
        <translation>Mesures de cybersécurité</translation>
    </message>
    <message>
        <source>The measures that protect the system; controls are listed as well</source>
        <translation>Les dispositifs qui protègent le système&#xa0;; les mesures sont également listées</translation>
    </message>
    <message>
        <source>Capabilities and limitations</source>
        <translation>Capacités et limites</translation>
    </message>
    <message>
        <source>Performance, with the accuracy expected overall and for the groups of people it is used on</source>
        <translation>Performances, avec l’exactitude attendue globalement et pour les groupes de personnes auxquels il s’applique</translation>
    </message>
    <message>
        <source>Foreseeable unintended outcomes</source>
        <translation>Résultats involontaires prévisibles</translation>
    </message>
    <message>
        <source>Unintended outcomes and sources of risk to health, safety, fundamental rights and discrimination</source>
        <translation>Résultats involontaires et sources de risques pour la santé, la sécurité, les droits fondamentaux et en matière de discrimination</translation>
    </message>
    <message>
        <source>Input data specifications</source>
        <translation>Spécifications des données d’entrée</translation>
    </message>
    <message>
        <source>What input the system expects</source>
        <translation>Les entrées attendues par le système</translation>
    </message>
    <message>
        <source>Why these performance metrics</source>
        <translation>Justification des métriques de performance</translation>
    </message>
    <message>
        <source>Why the metrics chosen are appropriate for this system</source>
        <translation>Pourquoi les métriques retenues sont adaptées à ce système</translation>
    </message>
    <message>
        <source>Standards applied</source>
        <translation>Normes appliquées</translation>
    </message>
    <message>
        <source>Harmonised standards applied, or the other solutions used to meet the requirements</source>
        <translation>Normes harmonisées appliquées, ou autres solutions adoptées pour satisfaire aux exigences</translation>
    </message>
    <message>
        <source>EU declaration of conformity</source>
        <translation>Déclaration UE de conformité</translation>
    </message>
    <message>
        <source>Where the declaration is kept, its date and reference</source>
        <translation>Où la déclaration est conservée, sa date et sa référence</translation>
    </message>
    <message>
        <source>Post-market monitoring plan</source>
        <translation>Plan de surveillance après commercialisation</translation>
    </message>
    <message>
        <source>How performance is followed once in use: what data are collected, how often, who reviews them</source>
        <translation>Comment les performances sont suivies en service&#xa0;: quelles données sont collectées, à quelle fréquence, qui les examine</translation>
    </message>
    <message>
        <source>Technical documentation</source>
        <translation>Documentation technique</translation>
    </message>
    <message>
        <source>Edit the technical documentation of AI system %1</source>
        <translation>Modifier la documentation technique du système d’IA %1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Conformity and Monitoring</source>
        <translation>Conformité et surveillance</translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>The audit trail could not be read.</source>
        <translation>Impossible de lire la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>n° %1 de %2</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>intact</source>
        <translation>intact</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>inséré</translation>
    </message>
    <message>
        <source>reordered</source>
        <translation>réordonné</translation>
    </message>
    <message>
        <source>The audit trail could not be read.</source>
        <translation>Impossible de lire la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>Verification was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <source>event %1 is missing (the trail jumps from %2 to %3)</source>
        <translation>l&apos;événement %1 est manquant (la piste saute de %2 à %3)</translation>
    </message>
    <message>
        <source>events %1 to %2 are missing (the trail jumps from %3 to %4)</source>
        <translation>les événements %1 à %2 sont manquants (la piste saute de %3 à %4)</translation>
    </message>
    <message>
        <source>event %1 was inserted: its hash does not match its content and the next event links past it to event %2</source>
        <translation>l&apos;événement %1 a été inséré&#xa0;: son hachage ne correspond pas à son contenu et l&apos;événement suivant renvoie, par-dessus lui, à l&apos;événement %2</translation>
    </message>
    <message>
        <source>the content of the newest event %1 does not match its recorded hash (it was changed or forged)</source>
        <translation>le contenu de l&apos;événement le plus récent, %1, ne correspond pas à son hachage enregistré (il a été modifié ou falsifié)</translation>
    </message>
    <message>
        <source>the content of event %1 was changed after it was recorded (its hash no longer matches)</source>
        <translation>le contenu de l&apos;événement %1 a été modifié après son enregistrement (son hachage ne correspond plus)</translation>
    </message>
    <message>
        <source>the event at position %1 was recorded as event %2: events before it were deleted and the later ones renumbered</source>
        <translation>l&apos;événement en position %1 a été enregistré comme événement %2&#xa0;: des événements antérieurs ont été supprimés et les suivants renumérotés</translation>
    </message>
    <message>
        <source>the event at position %1 was recorded as event %2: events were reordered</source>
        <translation>l&apos;événement en position %1 a été enregistré comme événement %2&#xa0;: des événements ont été réordonnés</translation>
    </message>
    <message>
        <source>event %1 follows event %2 in the chain, which now stands after it: events were reordered</source>
        <translation>l&apos;événement %1 suit dans la chaîne l&apos;événement %2, qui se trouve désormais après lui&#xa0;: des événements ont été réordonnés</translation>
    </message>
    <message>
        <source>event %1 links to event %2: the events between them are missing</source>
        <translation>l&apos;événement %1 renvoie à l&apos;événement %2&#xa0;: les événements intermédiaires sont manquants</translation>
    </message>
    <message>
        <source>event %1 does not link to event %2: an event was inserted or replaced before it</source>
        <translation>l&apos;événement %1 ne renvoie pas à l&apos;événement %2&#xa0;: un événement a été inséré ou remplacé avant lui</translation>
    </message>
    <message>
        <source>event %1 was not recorded by Attest: it neither matches its hash nor links to event %2</source>
        <translation>l&apos;événement %1 n&apos;a pas été enregistré par Attest&#xa0;: il ne correspond pas à son hachage et ne renvoie pas à l&apos;événement %2</translation>
    </message>
    <message>
        <source>anchor missing</source>
        <translation>ancre absente</translation>
    </message>
    <message>
        <source>the anchored event %1 is not in the trail: events were removed from its end, or the trail was rebuilt</source>
        <translation>l’événement ancré %1 n’est pas dans la piste&#xa0;: des événements ont été retirés à la fin, ou la piste a été reconstruite</translation>
    </message>
    <message>
        <source>AI system %1 (record %2)</source>
        <translation>système d’IA %1 (fiche %2)</translation>
    </message>
    <message>
        <source>change log entry %1</source>
        <translation>entrée du journal des modifications %1</translation>
    </message>
    <message>
        <source>The workspace could not be read for verification.</source>
        <translation>L’espace de travail n’a pas pu être lu pour la vérification.</translation>
    </message>
    <message>
        <source>%1 has no event in the trail: it was added outside Attest</source>
        <translation>%1 n’a aucun événement dans la piste&#xa0;: il a été ajouté hors d’Attest</translation>
    </message>
    <message>
        <source>%1 exists, although event %2 deleted it</source>
        <translation>%1 existe, bien que l’événement %2 l’ait supprimé</translation>
    </message>
    <message>
        <source>%1 says it was last changed by event %2, but its last recorded change is event %3</source>
        <translation>%1 indique l’événement %2 comme dernière modification, mais la dernière modification enregistrée est l’événement %3</translation>
    </message>
    <message>
        <source>%1 differs from the state its last change (event %2) recorded: it was changed outside Attest</source>
        <translation>%1 diffère de l’état enregistré par sa dernière modification (événement %2)&#xa0;: il a été modifié hors d’Attest</translation>
    </message>
    <message>
        <source>record %1 (%2) is gone, but its last event %3 is not a deletion: it was removed outside Attest</source>
        <translation>la fiche %1 (%2) a disparu, mais son dernier événement %3 n’est pas une suppression&#xa0;: elle a été retirée hors d’Attest</translation>
    </message>
    <message>
        <source>%1 (and %2 more records do not match)</source>
        <translation>%1 (et %2 autres fiches ne correspondent pas)</translation>
    </message>
    <message>
        <source>the database trigger %1, which refuses changes that bypass the audit trail, has been removed</source>
        <translation>le déclencheur %1 de la base, qui refuse les modifications contournant la piste d’audit, a été supprimé</translation>
    </message>
    <message>
        <source>record changed outside the trail</source>
        <translation>fiche modifiée hors de la piste</translation>
    </message>
    <message>
        <source>protection removed</source>
        <translation>protection supprimée</translation>
    </message>
    <message>
        <source>an event numbered %1 stands before the first event: it was inserted</source>
        <translation>un événement numéroté %1 précède le premier événement&#xa0;: il a été inséré</translation>
    </message>
    <message>
        <source>catalog %1</source>
        <translation>catalogue %1</translation>
    </message>
    <message>
        <source>requirement %1 (record %2)</source>
        <translation>exigence %1 (fiche %2)</translation>
    </message>
    <message>
        <source>requirement mapping %1</source>
        <translation>correspondance d’exigences %1</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>Cannot read the catalog file “%1”.</source>
        <translation>Impossible de lire le fichier de catalogue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The catalog file “%1” is damaged: %2.</source>
        <translation>Le fichier de catalogue «&#xa0;%1&#xa0;» est endommagé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Catalogs: %1 added, %2 updated; requirements: %3 added, %4 changed, %5 withdrawn; mappings: %6 added, %7 withdrawn.</source>
        <translation>Catalogues&#xa0;: %1 ajoutés, %2 mis à jour&#xa0;; exigences&#xa0;: %3 ajoutées, %4 modifiées, %5 retirées&#xa0;; correspondances&#xa0;: %6 ajoutées, %7 retirées.</translation>
    </message>
    <message>
        <source>“%1” is not an Attest catalog file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier de catalogue Attest.</translation>
    </message>
    <message>
        <source>No catalogs found in “%1”.</source>
        <translation>Aucun catalogue trouvé dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The catalog import was cancelled; nothing was changed.</source>
        <translation>L’import du catalogue a été annulé&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Title changed in catalog release %1; it was “%2”.</source>
        <translation>Titre modifié dans la version %1 du catalogue&#xa0;; il était «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>No longer in catalog release %1; kept with everything attached to it.</source>
        <translation>Absente de la version %1 du catalogue&#xa0;; conservée avec tout ce qui s’y rattache.</translation>
    </message>
    <message>
        <source>Update catalog %1 to release %2</source>
        <translation>Mettre à jour le catalogue %1 vers la version %2</translation>
    </message>
    <message>
        <source>Load catalog %1 (release %2)</source>
        <translation>Charger le catalogue %1 (version %2)</translation>
    </message>
    <message>
        <source>The catalog %1 was not stored.</source>
        <translation>Le catalogue %1 n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>Loading the catalogs was cancelled.</source>
        <translation>Le chargement des catalogues a été annulé.</translation>
    </message>
    <message>
        <source>Load the shipped crosswalks (release %1)</source>
        <translation>Charger les tables de correspondance fournies (version %1)</translation>
    </message>
    <message>
        <source>A shipped crosswalk names an unknown requirement: %1:%2 → %3:%4.</source>
        <translation>Une table de correspondance fournie cite une exigence inconnue&#xa0;: %1:%2 → %3:%4.</translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>The catalogs could not be read.</source>
        <translation>Les catalogues n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The catalog could not be read.</source>
        <translation>Le catalogue n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The mappings could not be read.</source>
        <translation>Les correspondances n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>The catalogs could not be recorded.</source>
        <translation>Les catalogues n’ont pas pu être enregistrés.</translation>
    </message>
    <message>
        <source>The catalogs could not be searched.</source>
        <translation>La recherche dans les catalogues a échoué.</translation>
    </message>
</context>
<context>
    <name>CatalogTitles</name>
    <message>
        <source>The requirement titles could not be read.</source>
        <translation>Les titres des exigences n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>requirement title in the UI language (official English title)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Official title: %1</source>
        <translation>Titre officiel&#xa0;: %1</translation>
    </message>
    <message>
        <source>The requirement titles could not be stored.</source>
        <translation>Les titres des exigences n’ont pas pu être enregistrés.</translation>
    </message>
</context>
<context>
    <name>ChangeEntryDialog</name>
    <message>
        <source>Edit change log entry</source>
        <translation>Modifier l&apos;entrée du journal des modifications</translation>
    </message>
    <message>
        <source>New change log entry</source>
        <translation>Nouvelle entrée du journal des modifications</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>Model &amp;version:</source>
        <translation>&amp;Version du modèle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;What changed:</source>
        <translation>Ce qui a &amp;changé&#xa0;:</translation>
    </message>
    <message>
        <source>Validated &amp;by:</source>
        <translation>Validé &amp;par&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ChangeLogRepository</name>
    <message>
        <source>The date of a change must be given as YYYY-MM-DD.</source>
        <translation>La date d&apos;une modification doit être indiquée au format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Say which model version this is or what changed.</source>
        <translation>Indiquer la version du modèle ou ce qui a changé.</translation>
    </message>
    <message>
        <source>A change must belong to an AI system.</source>
        <translation>Une modification doit appartenir à un système d&apos;IA.</translation>
    </message>
    <message>
        <source>The change log could not be read.</source>
        <translation>Impossible de lire le journal des modifications.</translation>
    </message>
    <message>
        <source>Add change log entry to AI system %1</source>
        <translation>Ajouter une entrée au journal des modifications du système d&apos;IA %1</translation>
    </message>
    <message>
        <source>Edit change log entry of AI system %1</source>
        <translation>Modifier une entrée du journal des modifications du système d&apos;IA %1</translation>
    </message>
    <message>
        <source>Remove change log entry from AI system %1</source>
        <translation>Supprimer une entrée du journal des modifications du système d&apos;IA %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Create a demo workspace (refuses to overwrite an existing file).</source>
        <translation>Créer un espace de travail de démonstration (n&apos;écrase jamais un fichier existant).</translation>
    </message>
    <message>
        <source>List the AI systems of a workspace.</source>
        <translation>Lister les systèmes d&apos;IA d&apos;un espace de travail.</translation>
    </message>
    <message>
        <source>Import AI systems from a CSV file: all rows or none.</source>
        <translation>Importer des systèmes d&apos;IA depuis un fichier CSV&#xa0;: toutes les lignes ou aucune.</translation>
    </message>
    <message>
        <source>Verify the audit trail&apos;s hash chain.</source>
        <translation>Vérifier la chaîne de hachage de la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>Workspace file (default: the default workspace).</source>
        <translation>Fichier de l&apos;espace de travail (par défaut&#xa0;: l&apos;espace de travail par défaut).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>--systems needs a number between 0 and 1000000.</source>
        <translation>--systems attend un nombre entre 0 et 1000000.</translation>
    </message>
    <message>
        <source>--seed needs a non-negative whole number.</source>
        <translation>--seed attend un nombre entier positif ou nul.</translation>
    </message>
    <message>
        <source>Created demo workspace %1: %2 AI systems, %3 audit events.</source>
        <translation>Espace de travail de démonstration %1 créé&#xa0;: %2 systèmes d&apos;IA, %3 événements d&apos;audit.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use table, csv or json.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#xa0;: utiliser table, csv ou json.</translation>
    </message>
    <message>
        <source>AI systems: %1</source>
        <translation>Systèmes d&apos;IA&#xa0;: %1</translation>
    </message>
    <message>
        <source>import systems needs exactly one CSV file.</source>
        <translation>import systems attend exactement un fichier CSV.</translation>
    </message>
    <message>
        <source>Cannot import into “%1”: %2.</source>
        <translation>Impossible d&apos;importer dans «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1</source>
        <translation>Essai à blanc, rien n&apos;a été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exported %1 AI systems to %2</source>
        <translation>%1 systèmes d&apos;IA exportés vers %2</translation>
    </message>
    <message>
        <source>Add N generated systems for scale tests.</source>
        <translation>Ajouter N systèmes générés pour les tests de montée en charge.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed for the generated systems (default 1).</source>
        <translation>Graine des systèmes générés (1 par défaut).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (par défaut), csv ou json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Check the file and report what would change, without writing.</source>
        <translation>Vérifier le fichier et indiquer ce qui changerait, sans rien écrire.</translation>
    </message>
    <message>
        <source>The CSV file (UTF-8, header row).</source>
        <translation>Le fichier CSV (UTF-8, avec ligne d&apos;en-tête).</translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation>csv ou json.</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>Fichier à écrire.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Usage: attest [--db PATH] [--demo]          open the GUI
       attest COMMAND [options]            automation

Commands:
</source>
        <translation>Utilisation&#xa0;: attest [--db CHEMIN] [--demo]    ouvrir l&apos;interface graphique
              attest COMMANDE [options]        automatisation

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”. Run “attest %2 --help”.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;». Voir «&#xa0;attest %2 --help&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run “attest --help” for the list.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;». Voir «&#xa0;attest --help&#xa0;» pour la liste.</translation>
    </message>
    <message>
        <source>--anchor needs a head hash of 64 hexadecimal digits.</source>
        <translation>--anchor attend un hachage de tête de 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>Also require this event (a head hash printed by an earlier verify) to be in the trail: detects events cut from the end or a rebuilt trail.</source>
        <translation>Exiger aussi que cet événement (un hachage de tête affiché par une vérification antérieure) figure dans la piste&#xa0;: détecte des événements coupés à la fin ou une piste reconstruite.</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>hachage</translation>
    </message>
    <message>
        <source>the audit trail does not verify: %1.</source>
        <translation>la piste d’audit n’est pas intacte&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use table or json.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#xa0;: utiliser table ou json.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>Assessable</source>
        <translation>Évaluables</translation>
    </message>
    <message>
        <source>catalog show needs exactly one framework id (see “attest catalog list”).</source>
        <translation>catalog show attend exactement un identifiant de référentiel (voir «&#xa0;attest catalog list&#xa0;»).</translation>
    </message>
    <message>
        <source>catalog show needs --format csv or --format json.</source>
        <translation>catalog show attend --format csv ou --format json.</translation>
    </message>
    <message>
        <source>There is no framework “%1” in this workspace (see “attest catalog list”).</source>
        <translation>Cet espace de travail ne contient pas de référentiel «&#xa0;%1&#xa0;» (voir «&#xa0;attest catalog list&#xa0;»).</translation>
    </message>
    <message>
        <source>%1 — %2. %3</source>
        <translation>%1 — %2. %3</translation>
    </message>
    <message>
        <source>catalog import needs exactly one OSCAL JSON file.</source>
        <translation>catalog import attend exactement un fichier JSON OSCAL.</translation>
    </message>
    <message>
        <source>%1: nothing was imported: %2</source>
        <translation>%1&#xa0;: rien n’a été importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Tolerated deviations from the OSCAL schema:</source>
        <translation>Écarts au schéma OSCAL tolérés&#xa0;:</translation>
    </message>
    <message>
        <source>catalog export needs exactly one framework id (see “attest catalog list”).</source>
        <translation>catalog export attend exactement un identifiant de référentiel (voir «&#xa0;attest catalog list&#xa0;»).</translation>
    </message>
    <message>
        <source>catalog export needs --format oscal.</source>
        <translation>catalog export attend --format oscal.</translation>
    </message>
    <message>
        <source>catalog export needs --out FILE.</source>
        <translation>catalog export attend --out FICHIER.</translation>
    </message>
    <message>
        <source>Exported %1 requirements of %2 as an OSCAL %3 catalog to %4</source>
        <translation>%1 exigences de %2 exportées comme catalogue OSCAL %3 vers %4</translation>
    </message>
    <message>
        <source>List the framework catalogs of a workspace.</source>
        <translation>Lister les catalogues de référentiels d’un espace de travail.</translation>
    </message>
    <message>
        <source>table (default) or json.</source>
        <translation>table (par défaut) ou json.</translation>
    </message>
    <message>
        <source>Show one framework&apos;s requirements, with its attribution.</source>
        <translation>Afficher les exigences d’un référentiel, avec sa mention de source.</translation>
    </message>
    <message>
        <source>The framework id, e.g. iso27001-2022.</source>
        <translation>L’identifiant du référentiel, p.&#xa0;ex. iso27001-2022.</translation>
    </message>
    <message>
        <source>Import an OSCAL catalog, or a profile as a tailored framework: all or nothing.</source>
        <translation>Importer un catalogue OSCAL, ou un profil comme référentiel adapté&#xa0;: tout ou rien.</translation>
    </message>
    <message>
        <source>For a profile: the framework to select from, when the profile&apos;s import cannot be matched by itself.</source>
        <translation>Pour un profil&#xa0;: le référentiel dans lequel sélectionner, quand l’import du profil ne peut pas être rapproché tout seul.</translation>
    </message>
    <message>
        <source>framework</source>
        <translation>référentiel</translation>
    </message>
    <message>
        <source>The OSCAL JSON file (OSCAL 1.0 to 1.2).</source>
        <translation>Le fichier JSON OSCAL (OSCAL 1.0 à 1.2).</translation>
    </message>
    <message>
        <source>Export a framework as an OSCAL catalog (JSON).</source>
        <translation>Exporter un référentiel comme catalogue OSCAL (JSON).</translation>
    </message>
    <message>
        <source>oscal (an OSCAL 1.1.3 catalog in JSON).</source>
        <translation>oscal (un catalogue OSCAL 1.1.3 en JSON).</translation>
    </message>
    <message>
        <source>There is no AI system “%1” in this workspace (see “attest systems list”).</source>
        <translation>Cet espace de travail ne contient pas de système d’IA «&#xa0;%1&#xa0;» (voir «&#xa0;attest systems list&#xa0;»).</translation>
    </message>
    <message>
        <source>There is no framework “%1” with requirements to assess (see “attest catalog list”).</source>
        <translation>Il n’existe pas de référentiel «&#xa0;%1&#xa0;» avec des exigences à évaluer (voir «&#xa0;attest catalog list&#xa0;»).</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partiel</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Évalué</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>s. o.</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4)</source>
        <translation>%1, %2&#xa0;: %3 (%4)</translation>
    </message>
    <message>
        <source>Does not apply: %1</source>
        <translation>Ne s’applique pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Derivation</source>
        <translation>Déduction</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systèmes</translation>
    </message>
    <message>
        <source>soa needs --format csv or --format json.</source>
        <translation>soa attend --format csv ou --format json.</translation>
    </message>
    <message>
        <source>Coverage per framework and system, with its counts.</source>
        <translation>Couverture par référentiel et par système, avec ses décomptes.</translation>
    </message>
    <message>
        <source>One AI system, by code.</source>
        <translation>Un système d’IA, par son code.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>One framework, by id (see “attest catalog list”).</source>
        <translation>Un référentiel, par identifiant (voir «&#xa0;attest catalog list&#xa0;»).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>The ISO/IEC 27001:2022 Statement of Applicability.</source>
        <translation>La déclaration d’applicabilité ISO/IEC 27001:2022.</translation>
    </message>
    <message>
        <source>Import a risk register from a CSV file: all rows or none.</source>
        <translation>Importer un registre des risques depuis un fichier CSV&#xa0;: toutes les lignes ou aucune.</translation>
    </message>
    <message>
        <source>Check the file and report what would be added, without writing.</source>
        <translation>Vérifier le fichier et indiquer ce qui serait ajouté, sans rien écrire.</translation>
    </message>
    <message>
        <source>Add the threats the file names but the threat catalog does not know.</source>
        <translation>Ajouter les menaces que le fichier cite mais que le catalogue des menaces ne connaît pas.</translation>
    </message>
    <message>
        <source>List the risk register, across systems or for one.</source>
        <translation>Lister le registre des risques, pour tous les systèmes ou pour un seul.</translation>
    </message>
    <message>
        <source>One AI system, by code or id.</source>
        <translation>Un système d’IA, par son code ou son identifiant.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only risks at this level now (e.g. High).</source>
        <translation>Uniquement les risques actuellement à ce niveau (p.&#xa0;ex. Élevé).</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Only open risks past their due date.</source>
        <translation>Uniquement les risques ouverts dont l’échéance est dépassée.</translation>
    </message>
    <message>
        <source>risks list needs --format table, csv or json.</source>
        <translation>risks list attend --format table, csv ou json.</translation>
    </message>
    <message>
        <source>There is no AI system “%1” in this workspace.</source>
        <translation>Cet espace de travail ne contient pas de système d’IA «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a level of the risk matrix: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un niveau de la matrice des risques&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Risks: %1</source>
        <translation>Risques&#xa0;: %1</translation>
    </message>
    <message>
        <source>import risks needs exactly one CSV file.</source>
        <translation>import risks attend exactement un fichier CSV.</translation>
    </message>
    <message>
        <source>New threats for the threat catalog:</source>
        <translation>Nouvelles menaces pour le catalogue des menaces&#xa0;:</translation>
    </message>
    <message>
        <source>Threats not in the threat catalog:</source>
        <translation>Menaces absentes du catalogue des menaces&#xa0;:</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation>lignes %1</translation>
    </message>
    <message>
        <source>%1 Run again with --create-threats to add them to the threat catalog.</source>
        <translation>%1 Relancer avec --create-threats pour les ajouter au catalogue des menaces.</translation>
    </message>
    <message>
        <source>List the audit interviews: status, systems, progress, acknowledgement.</source>
        <translation>Lister les entretiens d’audit&#xa0;: statut, systèmes, avancement, validation.</translation>
    </message>
    <message>
        <source>interviews list needs --format table or json.</source>
        <translation>interviews list attend --format table ou json.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Réalisé le</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Write PDF/A-1b, for archiving.</source>
        <translation>Écrire en PDF/A-1b, pour l’archivage.</translation>
    </message>
    <message>
        <source>The organisation named on the cover.</source>
        <translation>L’organisation nommée en couverture.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Say where to write the report with --out FILE.pdf.</source>
        <translation>Indiquer où écrire le rapport avec --out FICHIER.pdf.</translation>
    </message>
    <message>
        <source>--paper is a4 or letter.</source>
        <translation>--paper vaut a4 ou letter.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages).</source>
        <translation>%1 écrit (%2 pages).</translation>
    </message>
    <message>
        <source>audit: the first day, YYYY-MM-DD.</source>
        <translation>audit&#xa0;: le premier jour, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>audit: the last day, YYYY-MM-DD.</source>
        <translation>audit&#xa0;: le dernier jour, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>There is no AI system “%1”.</source>
        <translation>Il n’existe aucun système d’IA «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--from and --to are dates, as YYYY-MM-DD.</source>
        <translation>--from et --to sont des dates au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Export systems, risks, controls, findings or soa as XLSX or CSV, or one system&apos;s OSCAL assessment results (oscal-ar) or plan of action and milestones (oscal-poam).</source>
        <translation>Exporter les systèmes, risques, mesures, constats ou la déclaration d’applicabilité (systems, risks, controls, findings, soa) au format XLSX ou CSV, ou, pour un système, les résultats d’évaluation OSCAL (oscal-ar) ou le plan d’action et jalons (oscal-poam).</translation>
    </message>
    <message>
        <source>Write a report as PDF: executive, dossier, soa, ropa, dpia, hipaa, risks, remediation, interview or audit.</source>
        <translation>Écrire un rapport au format PDF&#xa0;: executive, dossier, soa, ropa, dpia, hipaa, risks, remediation, interview ou audit.</translation>
    </message>
    <message>
        <source>dossier, dpia: the AI system; hipaa, risks, remediation: only this one. By code or id.</source>
        <translation>dossier, dpia&#xa0;: le système d’IA&#xa0;; hipaa, risks, remediation&#xa0;: uniquement celui-ci. Par code ou identifiant.</translation>
    </message>
    <message>
        <source>interview: the session&apos;s id.</source>
        <translation>interview&#xa0;: l’identifiant de la session.</translation>
    </message>
    <message>
        <source>Sign the report with this user&apos;s signing key (kept in the keychain, made on first use): writes FILE.pdf.sig beside it and names the key on the cover.</source>
        <translation>Signer le rapport avec la clé de signature de cet utilisateur (conservée dans le trousseau, créée à la première utilisation)&#xa0;: écrit FICHIER.pdf.sig à côté et indique la clé en couverture.</translation>
    </message>
    <message>
        <source>The report: executive, dossier, soa, ropa, dpia, hipaa, risks, remediation, interview or audit.</source>
        <translation>Le rapport&#xa0;: executive, dossier, soa, ropa, dpia, hipaa, risks, remediation, interview ou audit.</translation>
    </message>
    <message>
        <source>Check a signed report against its signature: valid (0) or invalid (1).</source>
        <translation>Vérifier un rapport signé au regard de sa signature&#xa0;: valide (0) ou non valide (1).</translation>
    </message>
    <message>
        <source>The signature (default: FILE.sig beside the file).</source>
        <translation>La signature (par défaut&#xa0;: FICHIER.sig à côté du fichier).</translation>
    </message>
    <message>
        <source>The signer&apos;s public-key file (default: this user&apos;s key, from the keychain).</source>
        <translation>Le fichier de clé publique du signataire (par défaut&#xa0;: la clé de cet utilisateur, issue du trousseau).</translation>
    </message>
    <message>
        <source>The signed file, e.g. a report PDF.</source>
        <translation>Le fichier signé, p. ex. un rapport PDF.</translation>
    </message>
    <message>
        <source>Show the report-signing key&apos;s fingerprint and public key (made on first use).</source>
        <translation>Afficher l’empreinte et la clé publique de la clé de signature des rapports (créée à la première utilisation).</translation>
    </message>
    <message>
        <source>Write the report-signing public key to a file, for others to verify with.</source>
        <translation>Écrire la clé publique de signature des rapports dans un fichier, pour que d’autres puissent vérifier avec.</translation>
    </message>
    <message>
        <source>The public-key file to write.</source>
        <translation>Le fichier de clé publique à écrire.</translation>
    </message>
    <message>
        <source>export %1 writes OSCAL JSON: leave out --format or use --format json.</source>
        <translation>export %1 écrit du JSON OSCAL&#xa0;: omettre --format ou utiliser --format json.</translation>
    </message>
    <message>
        <source>export %1 needs --system with the code or id of an AI system.</source>
        <translation>export %1 attend --system avec le code ou l’identifiant d’un système d’IA.</translation>
    </message>
    <message>
        <source>Exported OSCAL %1 assessment results of %2 to %3: %4 observations, %5 findings, %6 risks.</source>
        <translation>Résultats d’évaluation OSCAL %1 de %2 exportés vers %3&#xa0;: %4 observations, %5 constats, %6 risques.</translation>
    </message>
    <message>
        <source>Exported an OSCAL %1 plan of action and milestones for %2 to %3: %4 items.</source>
        <translation>Plan d’action et jalons OSCAL %1 de %2 exporté vers %3&#xa0;: %4 éléments.</translation>
    </message>
    <message>
        <source>export systems needs --format xlsx, --format csv or --format json.</source>
        <translation>export systems attend --format xlsx, --format csv ou --format json.</translation>
    </message>
    <message>
        <source>export %1 needs --format xlsx or --format csv.</source>
        <translation>export %1 attend --format xlsx ou --format csv.</translation>
    </message>
    <message>
        <source>--system is for export oscal-ar and oscal-poam.</source>
        <translation>--system ne sert qu’à export oscal-ar et oscal-poam.</translation>
    </message>
    <message>
        <source>Exported %1 rows of the table “%2” to %3</source>
        <translation>%1 lignes de la table «&#xa0;%2&#xa0;» exportées vers %3</translation>
    </message>
    <message>
        <source>Tables: xlsx or csv (systems also json). OSCAL: json (the default).</source>
        <translation>Tables&#xa0;: xlsx ou csv (systems aussi json). OSCAL&#xa0;: json (par défaut).</translation>
    </message>
    <message>
        <source>oscal-ar, oscal-poam: the AI system, by code or id.</source>
        <translation>oscal-ar, oscal-poam&#xa0;: le système d’IA, par code ou identifiant.</translation>
    </message>
    <message>
        <source>What to export: %1.</source>
        <translation>Ce qu’il faut exporter&#xa0;: %1.</translation>
    </message>
    <message>
        <source>systems|risks|controls|findings|soa|oscal-ar|oscal-poam</source>
        <translation>systems|risks|controls|findings|soa|oscal-ar|oscal-poam</translation>
    </message>
    <message>
        <source>Name what to export: one of %1.</source>
        <translation>Indiquer ce qu’il faut exporter&#xa0;: l’un de %1.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”. Run “attest export --help”.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;». Exécuter «&#xa0;attest export --help&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown export “%1”: use one of %2.</source>
        <translation>Export inconnu «&#xa0;%1&#xa0;»&#xa0;: utiliser l’un de %2.</translation>
    </message>
    <message>
        <source>export %1 needs --out FILE.</source>
        <translation>export %1 attend --out FICHIER.</translation>
    </message>
    <message>
        <source>Name the report: one of %1.</source>
        <translation>Indiquer le rapport&#xa0;: l’un de %1.</translation>
    </message>
    <message>
        <source>The %1 report is about one AI system: name it with --system CODE.</source>
        <translation>Le rapport %1 porte sur un seul système d’IA&#xa0;: l’indiquer avec --system CODE.</translation>
    </message>
    <message>
        <source>The %1 report is about one interview session: name it with --session ID.</source>
        <translation>Le rapport %1 porte sur une seule session d’entretien&#xa0;: l’indiquer avec --session ID.</translation>
    </message>
    <message>
        <source>--session takes the session&apos;s id, a number (see `attest interviews list`).</source>
        <translation>--session attend l’identifiant de la session, un nombre (voir `attest interviews list`).</translation>
    </message>
    <message>
        <source>Removed %1, the signature of the report this one replaces.</source>
        <translation>%1 supprimé&#xa0;: la signature du rapport que celui-ci remplace.</translation>
    </message>
    <message>
        <source>Created a new signing key in the keychain (fingerprint %1). Give others its public key (“attest signing-key export --out FILE”) so that they can check your reports.</source>
        <translation>Nouvelle clé de signature créée dans le trousseau (empreinte %1). Transmettez sa clé publique («&#xa0;attest signing-key export --out FICHIER&#xa0;») aux autres pour qu’ils puissent vérifier vos rapports.</translation>
    </message>
    <message>
        <source>verify needs exactly one file: the signed report.</source>
        <translation>verify attend exactement un fichier&#xa0;: le rapport signé.</translation>
    </message>
    <message>
        <source>“%1” could not be read: there is no such file.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être lu&#xa0;: ce fichier n’existe pas.</translation>
    </message>
    <message>
        <source>There is no signature “%1”: name it with --sig FILE, or sign the report with “attest report … --sign”.</source>
        <translation>Il n’y a pas de signature «&#xa0;%1&#xa0;»&#xa0;: l’indiquer avec --sig FICHIER, ou signer le rapport avec «&#xa0;attest report … --sign&#xa0;».</translation>
    </message>
    <message>
        <source>INVALID: %1</source>
        <translation>NON VALIDE&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 To check against another key, name its public-key file with --pubkey FILE.</source>
        <translation>%1 Pour vérifier avec une autre clé, indiquer son fichier de clé publique avec --pubkey FICHIER.</translation>
    </message>
    <message>
        <source>this user&apos;s keychain</source>
        <translation>trousseau de cet utilisateur</translation>
    </message>
    <message>
        <source>VALID: %1 (%2 bytes) was signed at %3 with the key %4 (from %5).</source>
        <translation>VALIDE&#xa0;: %1 (%2 octets) a été signé le %3 avec la clé %4 (source&#xa0;: %5).</translation>
    </message>
    <message>
        <source>Algorithm: Ed25519</source>
        <translation>Algorithme&#xa0;: Ed25519</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Empreinte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Public key: %1</source>
        <translation>Clé publique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Say where to write the public key with --out FILE.</source>
        <translation>Indiquer où écrire la clé publique avec --out FICHIER.</translation>
    </message>
    <message>
        <source>Wrote the public key %1 to %2.</source>
        <translation>Clé publique %1 écrite dans %2.</translation>
    </message>
    <message>
        <source>The report cannot be signed: %1
Nothing was written. To write the report unsigned, run the command again without --sign.</source>
        <translation>Le rapport ne peut pas être signé&#xa0;: %1
Rien n’a été écrit. Pour écrire le rapport sans signature, relancer la commande sans --sign.</translation>
    </message>
    <message>
        <source>The report could not be signed, so it was removed: %1</source>
        <translation>Le rapport n’a pas pu être signé&#xa0;; il a donc été supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed with the key %1: %2</source>
        <translation>Signé avec la clé %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a4 or letter (default: the locale&apos;s paper, US Letter in the US and Canada, else A4).</source>
        <translation>a4 ou letter (par défaut&#xa0;: le papier de la locale, US Letter aux États-Unis et au Canada, sinon A4).</translation>
    </message>
    <message>
        <source>--no-encrypt and --passphrase-file contradict each other.</source>
        <translation>--no-encrypt et --passphrase-file se contredisent.</translation>
    </message>
    <message>
        <source>--no-encrypt was given</source>
        <translation>--no-encrypt a été indiqué</translation>
    </message>
    <message>
        <source>%1, and no --passphrase-file was given</source>
        <translation>%1, et --passphrase-file n’a pas été indiqué</translation>
    </message>
    <message>
        <source>The demo workspace was not kept: its key could not be stored in the keychain. %1</source>
        <translation>L’espace de travail de démonstration n’a pas été conservé&#xa0;: sa clé n’a pas pu être enregistrée dans le trousseau. %1</translation>
    </message>
    <message>
        <source>Encrypted; its key is in this computer&apos;s keychain.</source>
        <translation>Chiffré&#xa0;; sa clé se trouve dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>Encrypted; its key is in this computer&apos;s keychain, and the recovery passphrase also opens it.</source>
        <translation>Chiffré&#xa0;; sa clé se trouve dans le trousseau de cet ordinateur, et la phrase secrète de récupération l’ouvre aussi.</translation>
    </message>
    <message>
        <source>Encrypted; only its recovery passphrase opens it.</source>
        <translation>Chiffré&#xa0;; seule sa phrase secrète de récupération l’ouvre.</translation>
    </message>
    <message>
        <source>note: “%1” is not encrypted: %2.</source>
        <translation>remarque&#xa0;: «&#xa0;%1&#xa0;» n’est pas chiffré&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Do not encrypt the new workspace (by default it is encrypted with a key kept in the keychain, and with the recovery passphrase of --passphrase-file).</source>
        <translation>Ne pas chiffrer le nouvel espace de travail (par défaut, il est chiffré avec une clé conservée dans le trousseau, et avec la phrase secrète de récupération de --passphrase-file).</translation>
    </message>
    <message>
        <source>Whether a workspace is encrypted, its key id and key slots, and whether this computer&apos;s keychain holds its key.</source>
        <translation>Si un espace de travail est chiffré, son identifiant de clé et ses emplacements de clé, et si le trousseau de cet ordinateur contient sa clé.</translation>
    </message>
    <message>
        <source>Encrypt a plain workspace (key in the keychain and/or recovery passphrase); the verified encrypted file replaces it.</source>
        <translation>Chiffrer un espace de travail non chiffré (clé dans le trousseau et/ou phrase secrète de récupération)&#xa0;; le fichier chiffré vérifié le remplace.</translation>
    </message>
    <message>
        <source>Write a decrypted copy of an encrypted workspace (--out FILE --yes), recorded in its audit trail.</source>
        <translation>Écrire une copie déchiffrée d’un espace de travail chiffré (--out FICHIER --yes), consignée dans sa piste d’audit.</translation>
    </message>
    <message>
        <source>Encrypt every page of a workspace again under a new key, and replace its keychain entry.</source>
        <translation>Rechiffrer chaque page d’un espace de travail avec une nouvelle clé, et remplacer son entrée dans le trousseau.</translation>
    </message>
    <message>
        <source>Set or change an encrypted workspace&apos;s recovery passphrase (--passphrase-file NEW), or remove it (--remove).</source>
        <translation>Définir ou changer la phrase secrète de récupération d’un espace de travail chiffré (--passphrase-file NOUVEAU), ou la retirer (--remove).</translation>
    </message>
    <message>
        <source>
Every command takes --passphrase-file FILE (or the environment variable %1=FILE): the recovery passphrase of an encrypted workspace whose key this computer&apos;s keychain does not hold, as the file&apos;s first line.
</source>
        <translation>
Toute commande accepte --passphrase-file FICHIER (ou la variable d’environnement %1=FICHIER)&#xa0;: la phrase secrète de récupération d’un espace de travail chiffré dont le trousseau de cet ordinateur ne contient pas la clé, en première ligne du fichier.
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 a check failed, 2 usage error (also: an encrypted workspace and no key or passphrase that unlocks it), 3 workspace or I/O error.
Run “attest COMMAND --help” for a command&apos;s options.
</source>
        <translation>
Codes de sortie&#xa0;: 0 succès, 1 une vérification a échoué, 2 erreur d’utilisation (aussi&#xa0;: un espace de travail chiffré sans clé ni phrase secrète qui le déverrouille), 3 erreur d’espace de travail ou d’E/S.
Exécutez «&#xa0;attest COMMANDE --help&#xa0;» pour voir les options d’une commande.
</translation>
    </message>
    <message>
        <source>An encrypted workspace&apos;s recovery passphrase: the first line of this file (default: the file the environment variable %1 names).</source>
        <translation>La phrase secrète de récupération d’un espace de travail chiffré&#xa0;: la première ligne de ce fichier (par défaut&#xa0;: le fichier indiqué par la variable d’environnement %1).</translation>
    </message>
    <message>
        <source>The passphrase file “%1” cannot be read: %2.</source>
        <translation>Le fichier de phrase secrète «&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>warning: other users can read the passphrase file “%1”; make it readable only by you (chmod 600).</source>
        <translation>avertissement&#xa0;: d’autres utilisateurs peuvent lire le fichier de phrase secrète «&#xa0;%1&#xa0;»&#xa0;; rendez-le lisible par vous seul (chmod 600).</translation>
    </message>
    <message>
        <source>The passphrase file “%1” is empty: its first line is the passphrase.</source>
        <translation>Le fichier de phrase secrète «&#xa0;%1&#xa0;» est vide&#xa0;: sa première ligne est la phrase secrète.</translation>
    </message>
    <message>
        <source>--%1 needs a file name.</source>
        <translation>--%1 attend un nom de fichier.</translation>
    </message>
    <message>
        <source>this computer&apos;s keychain cannot be reached: %1</source>
        <translation>le trousseau de cet ordinateur est inaccessible&#xa0;: %1</translation>
    </message>
    <message>
        <source>this computer&apos;s keychain holds no key for it</source>
        <translation>le trousseau de cet ordinateur n’en contient pas la clé</translation>
    </message>
    <message>
        <source>“%1” is encrypted, has no recovery passphrase, and this computer&apos;s keychain key does not unlock it.</source>
        <translation>«&#xa0;%1&#xa0;» est chiffré, n’a pas de phrase secrète de récupération, et la clé du trousseau de cet ordinateur ne le déverrouille pas.</translation>
    </message>
    <message>
        <source>“%1” is encrypted and has no recovery passphrase: only its key in the keychain of the computer that encrypted it unlocks it, and %2. To open it elsewhere, give it a recovery passphrase there (“attest workspace set-passphrase”).</source>
        <translation>«&#xa0;%1&#xa0;» est chiffré et n’a pas de phrase secrète de récupération&#xa0;: seule sa clé dans le trousseau de l’ordinateur qui l’a chiffré le déverrouille, et %2. Pour l’ouvrir ailleurs, définissez-lui là-bas une phrase secrète de récupération («&#xa0;attest workspace set-passphrase&#xa0;»).</translation>
    </message>
    <message>
        <source>“%1” is encrypted, and only its recovery passphrase opens it. Give the passphrase in a file: --passphrase-file FILE, or the environment variable %2=FILE (the file&apos;s first line is the passphrase).</source>
        <translation>«&#xa0;%1&#xa0;» est chiffré, et seule sa phrase secrète de récupération l’ouvre. Fournissez la phrase secrète dans un fichier&#xa0;: --passphrase-file FICHIER, ou la variable d’environnement %2=FICHIER (la première ligne du fichier est la phrase secrète).</translation>
    </message>
    <message>
        <source>“%1” is encrypted and %2. Give its recovery passphrase in a file: --passphrase-file FILE, or the environment variable %3=FILE (the file&apos;s first line is the passphrase).</source>
        <translation>«&#xa0;%1&#xa0;» est chiffré et %2. Fournissez sa phrase secrète de récupération dans un fichier&#xa0;: --passphrase-file FICHIER, ou la variable d’environnement %3=FICHIER (la première ligne du fichier est la phrase secrète).</translation>
    </message>
    <message>
        <source>its keychain key is not at hand</source>
        <translation>sa clé du trousseau n’est pas disponible</translation>
    </message>
    <message>
        <source>There is no workspace at “%1”.</source>
        <translation>Il n&apos;y a pas d&apos;espace de travail à l&apos;emplacement «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not encrypted; encrypt it with “attest workspace encrypt”.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas chiffré&#xa0;; chiffrez-le avec «&#xa0;attest workspace encrypt&#xa0;».</translation>
    </message>
    <message>
        <source>warning: the unencrypted original was deleted, but on SSDs, and on journaling or copy-on-write file systems, deleting a file does not guarantee that its contents are erased. Where that matters, also erase the free space or the device as your security policy says.</source>
        <translation>avertissement&#xa0;: l’original non chiffré a été supprimé, mais sur les SSD, et sur les systèmes de fichiers journalisés ou à copie sur écriture, la suppression d’un fichier ne garantit pas l’effacement de son contenu. Si cela importe, effacez aussi l’espace libre ou le support, comme le prévoit votre politique de sécurité.</translation>
    </message>
    <message>
        <source>not used (the workspace has no keychain key)</source>
        <translation>non utilisé (l’espace de travail n’a pas de clé de trousseau)</translation>
    </message>
    <message>
        <source>cannot be reached: %1</source>
        <translation>inaccessible&#xa0;: %1</translation>
    </message>
    <message>
        <source>holds no key for this workspace</source>
        <translation>ne contient aucune clé pour cet espace de travail</translation>
    </message>
    <message>
        <source>holds a key for it that does not unlock it</source>
        <translation>contient une clé pour cet espace de travail, mais elle ne le déverrouille pas</translation>
    </message>
    <message>
        <source>holds its key</source>
        <translation>contient sa clé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>“%1” is not encrypted.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas chiffré.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Encrypted: %1</source>
        <translation>Chiffré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Format: Attest encryption format %1, XChaCha20-Poly1305, %2-byte pages, header generation %3</source>
        <translation>Format&#xa0;: format de chiffrement Attest %1, XChaCha20-Poly1305, pages de %2 octets, génération d’en-tête %3</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>Identifiant de clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keychain key slot: %1</source>
        <translation>Emplacement de clé du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recovery passphrase slot: %1</source>
        <translation>Emplacement de phrase secrète de récupération&#xa0;: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain: %1</source>
        <translation>Trousseau de cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keep the unencrypted original under this name (in the same folder or file system) instead of deleting it.</source>
        <translation>Conserver l’original non chiffré sous ce nom (dans le même dossier ou système de fichiers) au lieu de le supprimer.</translation>
    </message>
    <message>
        <source>--keep-plain needs a file name.</source>
        <translation>--keep-plain attend un nom de fichier.</translation>
    </message>
    <message>
        <source>“%1” already exists; choose a new name for the unencrypted original.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;; choisissez un nouveau nom pour l’original non chiffré.</translation>
    </message>
    <message>
        <source>“%1” is already encrypted. “attest workspace rekey” gives it a new key, “attest workspace set-passphrase” sets its recovery passphrase.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà chiffré. «&#xa0;attest workspace rekey&#xa0;» lui donne une nouvelle clé, «&#xa0;attest workspace set-passphrase&#xa0;» définit sa phrase secrète de récupération.</translation>
    </message>
    <message>
        <source>No keychain can be reached to keep the key of “%1” (%2). Give a recovery passphrase instead: --passphrase-file FILE.</source>
        <translation>Aucun trousseau n’est accessible pour conserver la clé de «&#xa0;%1&#xa0;» (%2). Fournissez plutôt une phrase secrète de récupération&#xa0;: --passphrase-file FICHIER.</translation>
    </message>
    <message>
        <source>Cannot encrypt “%1”: %2.</source>
        <translation>Impossible de chiffrer «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” was not changed: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été modifié&#xa0;: %2</translation>
    </message>
    <message>
        <source>it was opened in another running Attest.</source>
        <translation>il est ouvert dans une autre instance d’Attest en cours d’exécution.</translation>
    </message>
    <message>
        <source>it changed while it was being encrypted.</source>
        <translation>il a été modifié pendant son chiffrement.</translation>
    </message>
    <message>
        <source>the original could not be kept as “%1” (it must be in the same file system and not exist yet).</source>
        <translation>l’original n’a pas pu être conservé sous «&#xa0;%1&#xa0;» (ce fichier doit se trouver sur le même système de fichiers et ne pas encore exister).</translation>
    </message>
    <message>
        <source>the encrypted copy could not be put in its place.</source>
        <translation>la copie chiffrée n’a pas pu être mise à sa place.</translation>
    </message>
    <message>
        <source>Encrypted “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» a été chiffré.</translation>
    </message>
    <message>
        <source>Its key is in this computer&apos;s keychain (entry “%1”).</source>
        <translation>Sa clé se trouve dans le trousseau de cet ordinateur (entrée «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>No keychain could be reached (%1): only its recovery passphrase opens it. Keep the passphrase safe; without it the workspace cannot be opened.</source>
        <translation>Aucun trousseau n’était accessible (%1)&#xa0;: seule sa phrase secrète de récupération l’ouvre. Conservez la phrase secrète en lieu sûr&#xa0;; sans elle, l’espace de travail ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>Its recovery passphrase also opens it.</source>
        <translation>Sa phrase secrète de récupération l’ouvre aussi.</translation>
    </message>
    <message>
        <source>The unencrypted original is kept as “%1”.</source>
        <translation>L’original non chiffré est conservé sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The decrypted (unencrypted) copy to write.</source>
        <translation>La copie déchiffrée (non chiffrée) à écrire.</translation>
    </message>
    <message>
        <source>Confirm that the copy may hold the workspace&apos;s data unencrypted (it is recorded in the audit trail).</source>
        <translation>Confirmer que la copie peut contenir les données de l’espace de travail sous forme non chiffrée (elle est consignée dans la piste d’audit).</translation>
    </message>
    <message>
        <source>workspace decrypt needs --out FILE.</source>
        <translation>workspace decrypt attend --out FICHIER.</translation>
    </message>
    <message>
        <source>A decrypted copy holds every record of the workspace unprotected on disk. Confirm with --yes; the copy is recorded in the workspace&apos;s audit trail.</source>
        <translation>Une copie déchiffrée contient chaque enregistrement de l’espace de travail sans protection sur le disque. Confirmez avec --yes&#xa0;; la copie est consignée dans la piste d’audit de l’espace de travail.</translation>
    </message>
    <message>
        <source>“%1” already exists; choose a new file for the decrypted copy.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;; choisissez un nouveau fichier pour la copie déchiffrée.</translation>
    </message>
    <message>
        <source>“%1” is not encrypted; there is nothing to decrypt.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas chiffré&#xa0;; il n’y a rien à déchiffrer.</translation>
    </message>
    <message>
        <source>Wrote a decrypted copy of “%1” to “%2”; the audit trail records it.</source>
        <translation>Copie déchiffrée de «&#xa0;%1&#xa0;» écrite dans «&#xa0;%2&#xa0;»&#xa0;; la piste d’audit la consigne.</translation>
    </message>
    <message>
        <source>warning: “%1” is not encrypted. Keep it where only those who may read the workspace can, and delete it when it is no longer needed.</source>
        <translation>avertissement&#xa0;: «&#xa0;%1&#xa0;» n’est pas chiffré. Conservez-le là où seules les personnes autorisées à lire l’espace de travail peuvent le lire, et supprimez-le dès qu’il n’est plus nécessaire.</translation>
    </message>
    <message>
        <source>The key of “%1” is kept in a keychain, and no keychain can be reached (%2): its entry could not be replaced. Run the command where the keychain is at hand.</source>
        <translation>La clé de «&#xa0;%1&#xa0;» est conservée dans un trousseau, et aucun trousseau n’est accessible (%2)&#xa0;: son entrée n’a pas pu être remplacée. Exécutez la commande là où le trousseau est disponible.</translation>
    </message>
    <message>
        <source>Give the recovery passphrase of “%1” with --passphrase-file: it is its only key.</source>
        <translation>Fournissez la phrase secrète de récupération de «&#xa0;%1&#xa0;» avec --passphrase-file&#xa0;: c’est sa seule clé.</translation>
    </message>
    <message>
        <source>“%1” was not changed: the keychain refused the new key. %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été modifié&#xa0;: le trousseau a refusé la nouvelle clé. %2</translation>
    </message>
    <message>
        <source>The data key of “%1” was replaced, but the keychain refused the new key (%2), and the previous one could not be restored either (%3). The new key stays in the keychain entry “%4”, where Attest finds it.</source>
        <translation>La clé de données de «&#xa0;%1&#xa0;» a été remplacée, mais le trousseau a refusé la nouvelle clé (%2), et la précédente n’a pas pu être restaurée non plus (%3). La nouvelle clé reste dans l’entrée «&#xa0;%4&#xa0;» du trousseau, où Attest la trouve.</translation>
    </message>
    <message>
        <source>The data key of “%1” was replaced, but the keychain refused the new key: %2 The workspace still opens as before the command.</source>
        <translation>La clé de données de «&#xa0;%1&#xa0;» a été remplacée, mais le trousseau a refusé la nouvelle clé&#xa0;: %2 L’espace de travail s’ouvre toujours comme avant la commande.</translation>
    </message>
    <message>
        <source>Replaced the data key of “%1”: every page is encrypted again, and the previous key no longer opens it.</source>
        <translation>Clé de données de «&#xa0;%1&#xa0;» remplacée&#xa0;: chaque page est à nouveau chiffrée, et la clé précédente ne l’ouvre plus.</translation>
    </message>
    <message>
        <source>The new key is in this computer&apos;s keychain. Copies made before (Save As, backups) keep the previous key: they open only with their recovery passphrase from now on.</source>
        <translation>La nouvelle clé se trouve dans le trousseau de cet ordinateur. Les copies faites auparavant (Enregistrer sous, sauvegardes) gardent la clé précédente&#xa0;: désormais, elles ne s’ouvrent qu’avec leur phrase secrète de récupération.</translation>
    </message>
    <message>
        <source>The recovery passphrase given still opens it.</source>
        <translation>La phrase secrète de récupération fournie l’ouvre toujours.</translation>
    </message>
    <message>
        <source>Its recovery passphrase went with the previous key: set one again with “attest workspace set-passphrase --passphrase-file FILE”.</source>
        <translation>Sa phrase secrète de récupération est partie avec la clé précédente&#xa0;: définissez-en une à nouveau avec «&#xa0;attest workspace set-passphrase --passphrase-file FICHIER&#xa0;».</translation>
    </message>
    <message>
        <source>The current recovery passphrase, when this computer&apos;s keychain does not hold the key (default: the file %1 names). --passphrase-file names the new one.</source>
        <translation>La phrase secrète de récupération actuelle, lorsque le trousseau de cet ordinateur ne contient pas la clé (par défaut&#xa0;: le fichier indiqué par %1). --passphrase-file indique la nouvelle.</translation>
    </message>
    <message>
        <source>Remove the recovery passphrase (refused when nothing else would open the workspace).</source>
        <translation>Retirer la phrase secrète de récupération (refusé si rien d’autre n’ouvrirait l’espace de travail).</translation>
    </message>
    <message>
        <source>workspace set-passphrase needs either the new passphrase (--passphrase-file FILE) or --remove.</source>
        <translation>workspace set-passphrase attend soit la nouvelle phrase secrète (--passphrase-file FICHIER), soit --remove.</translation>
    </message>
    <message>
        <source>“%1” has no recovery passphrase; nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de phrase secrète de récupération&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The recovery passphrase is the only key of “%1”: without it nothing could open the workspace.</source>
        <translation>La phrase secrète de récupération est la seule clé de «&#xa0;%1&#xa0;»&#xa0;: sans elle, rien ne pourrait ouvrir l’espace de travail.</translation>
    </message>
    <message>
        <source>Removing the recovery passphrase of “%1” would leave only its keychain key, and %2.</source>
        <translation>Retirer la phrase secrète de récupération de «&#xa0;%1&#xa0;» ne laisserait que sa clé du trousseau, et %2.</translation>
    </message>
    <message>
        <source>Removed the recovery passphrase of “%1”: only its keychain key opens it now.</source>
        <translation>Phrase secrète de récupération de «&#xa0;%1&#xa0;» retirée&#xa0;: seule sa clé du trousseau l’ouvre désormais.</translation>
    </message>
    <message>
        <source>Set the recovery passphrase of “%1”.</source>
        <translation>Phrase secrète de récupération de «&#xa0;%1&#xa0;» définie.</translation>
    </message>
</context>
<context>
    <name>ComplianceEngine</name>
    <message>
        <source>Coverage = (compliant + ½ × partially compliant) ÷ assessed, where assessed = compliant + partially compliant + non-compliant. Requirements not assessed or not applicable are counted beside it, not in it.</source>
        <translation>Couverture = (conformes + ½ × partiellement conformes) ÷ évaluées, où évaluées = conformes + partiellement conformes + non conformes. Les exigences non évaluées ou non applicables sont comptées à côté, pas dedans.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 compliant, %2 partially, %3 non-compliant of %4 assessed; %5 not assessed, %6 not applicable</source>
        <translation>%1 conformes, %2 partiellement, %3 non conformes sur %4 évaluées&#xa0;; %5 non évaluées, %6 non applicables</translation>
    </message>
    <message>
        <source>Organisation level: every framework is assessed.</source>
        <translation>Niveau de l’organisation&#xa0;: chaque référentiel est évalué.</translation>
    </message>
    <message>
        <source>It processes special categories of personal data.</source>
        <translation>Il traite des catégories particulières de données personnelles.</translation>
    </message>
    <message>
        <source>It processes personal data.</source>
        <translation>Il traite des données personnelles.</translation>
    </message>
    <message>
        <source>No personal data is recorded for it.</source>
        <translation>Aucune donnée personnelle n’est enregistrée pour lui.</translation>
    </message>
    <message>
        <source>It processes protected health information.</source>
        <translation>Il traite des informations de santé protégées.</translation>
    </message>
    <message>
        <source>No protected health information is recorded for it.</source>
        <translation>Aucune information de santé protégée n’est enregistrée pour lui.</translation>
    </message>
    <message>
        <source>ISO/IEC 27001 applies organisation-wide.</source>
        <translation>ISO/IEC 27001 s’applique à toute l’organisation.</translation>
    </message>
    <message>
        <source>The AI management system (ISO/IEC 42001) covers every AI system.</source>
        <translation>Le système de management de l’IA (ISO/IEC 42001) couvre chaque système d’IA.</translation>
    </message>
    <message>
        <source>High-risk AI system: the high-risk obligations apply.</source>
        <translation>Système d’IA à haut risque&#xa0;: les obligations correspondantes s’appliquent.</translation>
    </message>
    <message>
        <source>Classified as a prohibited practice (Art. 5).</source>
        <translation>Classé comme pratique interdite (art. 5).</translation>
    </message>
    <message>
        <source>Transparency obligations (Art. 50) and AI literacy apply.</source>
        <translation>Les obligations de transparence (art. 50) et la maîtrise de l’IA s’appliquent.</translation>
    </message>
    <message>
        <source>Minimal risk: AI literacy (Art. 4) applies.</source>
        <translation>Risque minimal&#xa0;: la maîtrise de l’IA (art. 4) s’applique.</translation>
    </message>
    <message>
        <source>Not yet classified: assessed as high-risk until it is.</source>
        <translation>Pas encore classé&#xa0;: évalué comme à haut risque en attendant.</translation>
    </message>
    <message>
        <source>Not proposed from the system&apos;s facts; confirm it where it applies.</source>
        <translation>Non proposé d’après les données du système&#xa0;; le confirmer là où il s’applique.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the evidence for %1 has expired</source>
        <translation>la preuve de %1 a expiré</translation>
    </message>
    <message>
        <source>the last test of %1 failed</source>
        <translation>le dernier test de %1 a échoué</translation>
    </message>
    <message>
        <source>the evidence attached to the requirement has expired</source>
        <translation>la preuve jointe à l’exigence a expiré</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>assessed by hand: %1</source>
        <translation>évaluée manuellement&#xa0;: %1</translation>
    </message>
    <message>
        <source>assessed by hand for the whole organisation: %1</source>
        <translation>évaluée manuellement pour toute l’organisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>excluded in the Statement of Applicability: %1</source>
        <translation>exclue dans la déclaration d’applicabilité&#xa0;: %1</translation>
    </message>
    <message>
        <source>no control in the library is mapped to it yet.</source>
        <translation>aucune mesure de la bibliothèque n’y est encore associée.</translation>
    </message>
    <message>
        <source>all %1 mapped controls are not applicable: %2.</source>
        <translation>les %1 mesures associées sont toutes non applicables&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 of %2 mapped controls implemented.</source>
        <translation>%1 sur %2 mesures associées mises en œuvre.</translation>
    </message>
    <message>
        <source>%1 of %2 mapped controls implemented: %3.</source>
        <translation>%1 sur %2 mesures associées mises en œuvre&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Partially implemented: %1.</source>
        <translation>Partiellement mises en œuvre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not implemented: %1.</source>
        <translation>Non mises en œuvre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not applicable: %1.</source>
        <translation>Non applicables&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Downgraded: %1.</source>
        <translation>Déclassée&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ComplianceRepository</name>
    <message>
        <source>The compliance records could not be read.</source>
        <translation>Les données de conformité n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>The evidence file could not be read.</source>
        <translation>Le fichier de preuve n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The evidence file could not be stored.</source>
        <translation>Le fichier de preuve n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>The workspace could not be read.</source>
        <translation>L’espace de travail n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The workspace could not be updated.</source>
        <translation>L’espace de travail n’a pas pu être mis à jour.</translation>
    </message>
</context>
<context>
    <name>ComplianceService</name>
    <message>
        <source>%1: “%2” is not a date; write it as YYYY-MM-DD.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une date&#xa0;; l’écrire sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of %3.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» ne fait pas partie de %3.</translation>
    </message>
    <message>
        <source>A control needs a code, e.g. AIC-DAT-03.</source>
        <translation>Une mesure a besoin d’un code, p.&#xa0;ex. AIC-DAT-03.</translation>
    </message>
    <message>
        <source>The control %1 needs a name.</source>
        <translation>La mesure %1 a besoin d’un nom.</translation>
    </message>
    <message>
        <source>Control type</source>
        <translation>Type de mesure</translation>
    </message>
    <message>
        <source>There is already a control %1 (%2); choose another code.</source>
        <translation>Il existe déjà une mesure %1 (%2)&#xa0;; choisir un autre code.</translation>
    </message>
    <message>
        <source>Add control %1</source>
        <translation>Ajouter la mesure %1</translation>
    </message>
    <message>
        <source>There is already a control %1; choose another code.</source>
        <translation>Il existe déjà une mesure %1&#xa0;; choisir un autre code.</translation>
    </message>
    <message>
        <source>Edit control %1</source>
        <translation>Modifier la mesure %1</translation>
    </message>
    <message>
        <source>The control no longer exists.</source>
        <translation>La mesure n’existe plus.</translation>
    </message>
    <message>
        <source>Remove control %1</source>
        <translation>Supprimer la mesure %1</translation>
    </message>
    <message>
        <source>%1 is named by %2 finding(s), which keep their history; it cannot be removed. Mark its implementations not applicable instead.</source>
        <translation>%1 est citée par %2 constat(s), qui gardent leur historique&#xa0;; elle ne peut pas être supprimée. Marquer plutôt ses mises en œuvre comme non applicables.</translation>
    </message>
    <message>
        <source>Map a control to a requirement</source>
        <translation>Associer une mesure à une exigence</translation>
    </message>
    <message>
        <source>The control library could not be read.</source>
        <translation>La bibliothèque de mesures n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The control or the requirement no longer exists.</source>
        <translation>La mesure ou l’exigence n’existe plus.</translation>
    </message>
    <message>
        <source>%1 is already mapped to %2.</source>
        <translation>%1 est déjà associée à %2.</translation>
    </message>
    <message>
        <source>Remove a control mapping</source>
        <translation>Supprimer une association de mesure</translation>
    </message>
    <message>
        <source>Implementation status</source>
        <translation>État de mise en œuvre</translation>
    </message>
    <message>
        <source>Say why the control does not apply: “not applicable” needs a justification.</source>
        <translation>Dire pourquoi la mesure ne s’applique pas&#xa0;: «&#xa0;non applicable&#xa0;» exige une justification.</translation>
    </message>
    <message>
        <source>Last test result</source>
        <translation>Résultat du dernier test</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>Last test date</source>
        <translation>Date du dernier test</translation>
    </message>
    <message>
        <source>Set implementation of %1 for a system</source>
        <translation>Définir la mise en œuvre de %1 pour un système</translation>
    </message>
    <message>
        <source>Set organisation-wide implementation of %1</source>
        <translation>Définir la mise en œuvre de %1 pour toute l’organisation</translation>
    </message>
    <message>
        <source>Use the organisation-wide implementation</source>
        <translation>Utiliser la mise en œuvre de l’organisation</translation>
    </message>
    <message>
        <source>Say why the framework applies or not: a reason is needed.</source>
        <translation>Dire pourquoi le référentiel s’applique ou non&#xa0;: une raison est nécessaire.</translation>
    </message>
    <message>
        <source>Confirm a framework applies to a system</source>
        <translation>Confirmer qu’un référentiel s’applique à un système</translation>
    </message>
    <message>
        <source>Confirm a framework does not apply to a system</source>
        <translation>Confirmer qu’un référentiel ne s’applique pas à un système</translation>
    </message>
    <message>
        <source>Requirement status</source>
        <translation>Statut de l’exigence</translation>
    </message>
    <message>
        <source>An assessment by hand overrides what the controls say: write down why (a justification is required).</source>
        <translation>Une évaluation manuelle remplace ce que disent les mesures&#xa0;: écrire pourquoi (une justification est obligatoire).</translation>
    </message>
    <message>
        <source>Assess a requirement by hand</source>
        <translation>Évaluer une exigence manuellement</translation>
    </message>
    <message>
        <source>Return a requirement to its derived status</source>
        <translation>Rendre à une exigence son statut déduit</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; evidence files can be up to %3 MB. Store a larger file elsewhere and add it as a link.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2&#xa0;Mo&#xa0;; les fichiers de preuve peuvent atteindre %3&#xa0;Mo. Stocker un fichier plus gros ailleurs et l’ajouter comme lien.</translation>
    </message>
    <message>
        <source>Evidence needs a title.</source>
        <translation>Une preuve a besoin d’un titre.</translation>
    </message>
    <message>
        <source>Collected on</source>
        <translation>Recueillie le</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <source>Add evidence %1</source>
        <translation>Ajouter la preuve %1</translation>
    </message>
    <message>
        <source>Evidence kind</source>
        <translation>Type de preuve</translation>
    </message>
    <message>
        <source>A link needs its address.</source>
        <translation>Un lien a besoin de son adresse.</translation>
    </message>
    <message>
        <source>Edit evidence %1</source>
        <translation>Modifier la preuve %1</translation>
    </message>
    <message>
        <source>The evidence no longer exists.</source>
        <translation>La preuve n’existe plus.</translation>
    </message>
    <message>
        <source>Evidence supports either a control or a requirement.</source>
        <translation>Une preuve étaye soit une mesure, soit une exigence.</translation>
    </message>
    <message>
        <source>Link evidence</source>
        <translation>Relier une preuve</translation>
    </message>
    <message>
        <source>Unlink evidence</source>
        <translation>Délier une preuve</translation>
    </message>
    <message>
        <source>This evidence has no stored file.</source>
        <translation>Cette preuve n’a pas de fichier enregistré.</translation>
    </message>
    <message>
        <source>The file of “%1” is missing from the workspace: it was removed outside Attest.</source>
        <translation>Le fichier de «&#xa0;%1&#xa0;» manque dans l’espace de travail&#xa0;: il a été supprimé hors d’Attest.</translation>
    </message>
    <message>
        <source>The file of “%1” does not match its recorded SHA-256 (recorded %2, found %3): it was changed outside Attest and cannot be trusted as evidence.</source>
        <translation>Le fichier de «&#xa0;%1&#xa0;» ne correspond pas à son SHA-256 enregistré (enregistré %2, trouvé %3)&#xa0;: il a été modifié hors d’Attest et ne peut plus servir de preuve.</translation>
    </message>
    <message>
        <source>A finding needs a title.</source>
        <translation>Un constat a besoin d’un titre.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding status</source>
        <translation>Statut du constat</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>A finding from a requirement names the requirement.</source>
        <translation>Un constat issu d’une exigence cite l’exigence.</translation>
    </message>
    <message>
        <source>A finding from a control test names the control.</source>
        <translation>Un constat issu d’un test de mesure cite la mesure.</translation>
    </message>
    <message>
        <source>Raise finding %1</source>
        <translation>Ouvrir le constat %1</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Clos le</translation>
    </message>
    <message>
        <source>Closing a finding needs closure evidence or a note saying how it was resolved.</source>
        <translation>Clore un constat exige une preuve de clôture ou une note expliquant comment il a été résolu.</translation>
    </message>
    <message>
        <source>Update finding %1</source>
        <translation>Mettre à jour le constat %1</translation>
    </message>
    <message>
        <source>An Annex A control can only be excluded with a justification: say why it does not apply.</source>
        <translation>Une mesure de l’annexe A ne peut être exclue qu’avec une justification&#xa0;: dire pourquoi elle ne s’applique pas.</translation>
    </message>
    <message>
        <source>The Statement of Applicability lists ISO/IEC 27001 Annex A controls only.</source>
        <translation>La déclaration d’applicabilité ne contient que les mesures de l’annexe A de l’ISO/IEC 27001.</translation>
    </message>
    <message>
        <source>Statement of Applicability: %1</source>
        <translation>Déclaration d’applicabilité&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ComplianceText</name>
    <message>
        <source>Preventive</source>
        <translation>Préventive</translation>
    </message>
    <message>
        <source>Detective</source>
        <translation>Détective</translation>
    </message>
    <message>
        <source>Corrective</source>
        <translation>Corrective</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencée</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>Partiellement mise en œuvre</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Partially compliant</source>
        <translation>Partiellement conforme</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Risk accepted</source>
        <translation>Risque accepté</translation>
    </message>
    <message>
        <source>Non-compliant requirement</source>
        <translation>Exigence non conforme</translation>
    </message>
    <message>
        <source>Failed control test</source>
        <translation>Test de mesure échoué</translation>
    </message>
    <message>
        <source>Raised by hand</source>
        <translation>Ouvert manuellement</translation>
    </message>
</context>
<context>
    <name>ControlLibrary</name>
    <message>
        <source>Cannot read the control library file “%1”.</source>
        <translation>Impossible de lire le fichier de la bibliothèque de mesures «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The control library file “%1” is damaged.</source>
        <translation>Le fichier de la bibliothèque de mesures «&#xa0;%1&#xa0;» est endommagé.</translation>
    </message>
    <message>
        <source>The control library file “%1” has no column “%2”.</source>
        <translation>Le fichier de la bibliothèque de mesures «&#xa0;%1&#xa0;» n’a pas de colonne «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Load the AI security control library (release %1)</source>
        <translation>Charger la bibliothèque de mesures de sécurité de l’IA (version %1)</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file is not UTF-8 text (first invalid byte on line %1). Save it as “CSV UTF-8” and try again.</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8 (premier octet invalide à la ligne %1). L&apos;enregistrer au format «&#xa0;CSV UTF-8&#xa0;» et réessayer.</translation>
    </message>
    <message>
        <source>Line %1: a quote character stands inside a field that does not start with one. Enclose the whole field in double quotes and double the quotes inside it.</source>
        <translation>Ligne %1&#xa0;: un guillemet figure dans un champ qui ne commence pas par un guillemet. Mettre tout le champ entre guillemets doubles et doubler les guillemets qu&apos;il contient.</translation>
    </message>
    <message>
        <source>Line %1: text follows the closing quote of a field; a separator or the end of the line was expected.</source>
        <translation>Ligne %1&#xa0;: du texte suit le guillemet fermant d&apos;un champ&#xa0;; un séparateur ou la fin de la ligne était attendu.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (the file ends inside it).</source>
        <translation>Ligne %1&#xa0;: un champ entre guillemets n&apos;est jamais fermé (le fichier se termine à l&apos;intérieur).</translation>
    </message>
</context>
<context>
    <name>CsvTableWriter</name>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>Create AI system %1</source>
        <translation>Créer le système d&apos;IA %1</translation>
    </message>
    <message>
        <source>Classify %1 under the EU AI Act</source>
        <translation>Classer %1 au titre du règlement européen sur l&apos;IA</translation>
    </message>
    <message>
        <source>Move %1 to validation</source>
        <translation>Passer %1 en validation</translation>
    </message>
    <message>
        <source>Move %1 to production</source>
        <translation>Passer %1 en production</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>Mettre %1 hors service</translation>
    </message>
    <message>
        <source>Add generated demo systems %1 to %2</source>
        <translation>Ajouter les systèmes de démonstration générés %1 à %2</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 generated AI systems were added to the demo workspace.</source>
        <translation>Annulé&#xa0;: %1 des %2 systèmes d&apos;IA générés ont été ajoutés à l&apos;espace de travail de démonstration.</translation>
    </message>
    <message>
        <source>Classify MFG-PDM-01, SC-DEMAND-01 and FIN-OCR-01 under the EU AI Act</source>
        <translation>Classer MFG-PDM-01, SC-DEMAND-01 et FIN-OCR-01 au titre du règlement européen sur l&apos;IA</translation>
    </message>
    <message>
        <source>Change technical owner of %1</source>
        <translation>Changer le responsable technique de %1</translation>
    </message>
    <message>
        <source>Add drift monitoring to %1</source>
        <translation>Ajouter la surveillance de la dérive à %1</translation>
    </message>
    <message>
        <source>Record the DPIA outcome for %1</source>
        <translation>Consigner le résultat de l&apos;AIPD pour %1</translation>
    </message>
    <message>
        <source>Classify %1 as general-purpose AI</source>
        <translation>Classer %1 comme IA à usage général</translation>
    </message>
    <message>
        <source>Add drift and input monitoring to %1</source>
        <translation>Ajouter la surveillance de la dérive et des entrées à %1</translation>
    </message>
    <message>
        <source>Add change log entry to AI system %1</source>
        <translation>Ajouter une entrée au journal des modifications du système d&apos;IA %1</translation>
    </message>
    <message>
        <source>Postpone the review of %1</source>
        <translation>Reporter la revue de %1</translation>
    </message>
    <message>
        <source>Change business owner of %1</source>
        <translation>Changer le responsable métier de %1</translation>
    </message>
    <message>
        <source>Add monitoring to %1</source>
        <translation>Ajouter une surveillance à %1</translation>
    </message>
    <message>
        <source>Add input monitoring to %1</source>
        <translation>Ajouter la surveillance des entrées à %1</translation>
    </message>
    <message>
        <source>Update monitoring and next review of %1</source>
        <translation>Mettre à jour la surveillance et la prochaine revue de %1</translation>
    </message>
    <message>
        <source>“%1” already exists; Attest never overwrites a workspace. Choose another file name.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;; Attest n&apos;écrase jamais un espace de travail. Choisir un autre nom de fichier.</translation>
    </message>
    <message>
        <source>“%1” already exists; Attest never overwrites a workspace.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;; Attest n’écrase jamais un espace de travail.</translation>
    </message>
    <message>
        <source>The demo workspace could not be saved as “%1”.</source>
        <translation>L’espace de travail de démonstration n’a pas pu être enregistré sous «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>DetachedSignature</name>
    <message>
        <source>Attest detached signature. Check it with: attest verify %1</source>
        <translation>Signature détachée Attest. La vérifier avec&#xa0;: attest verify %1</translation>
    </message>
    <message>
        <source>This is not a valid Attest signature file: %1.</source>
        <translation>Ce n’est pas un fichier de signature Attest valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>“%1” is not a field of this format</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un champ de ce format</translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <translation>«&#xa0;%1&#xa0;» est absent</translation>
    </message>
    <message>
        <source>the algorithm “%1” is not one Attest knows (it uses %2)</source>
        <translation>l’algorithme «&#xa0;%1&#xa0;» n’est pas connu d’Attest (qui utilise %2)</translation>
    </message>
    <message>
        <source>“Key-Fingerprint” is not 16 groups of 4 lowercase hexadecimal digits</source>
        <translation>«&#xa0;Key-Fingerprint&#xa0;» n’est pas formé de 16 groupes de 4 chiffres hexadécimaux en minuscules</translation>
    </message>
    <message>
        <source>“File” is not a file name</source>
        <translation>«&#xa0;File&#xa0;» n’est pas un nom de fichier</translation>
    </message>
    <message>
        <source>“File-Size” is not a number of bytes</source>
        <translation>«&#xa0;File-Size&#xa0;» n’est pas un nombre d’octets</translation>
    </message>
    <message>
        <source>“File-SHA512” is not 128 lowercase hexadecimal digits</source>
        <translation>«&#xa0;File-SHA512&#xa0;» n’est pas formé de 128 chiffres hexadécimaux en minuscules</translation>
    </message>
    <message>
        <source>“Signed-At” is not a UTC time such as 2026-11-28T09:00:00Z</source>
        <translation>«&#xa0;Signed-At&#xa0;» n’est pas une heure UTC telle que 2026-11-28T09:00:00Z</translation>
    </message>
    <message>
        <source>“Signature” is not 64 bytes in base64</source>
        <translation>«&#xa0;Signature&#xa0;» n’est pas une valeur base64 de 64 octets</translation>
    </message>
    <message>
        <source>The signature names the key %1, not the trusted key %2: it was made with another key, or the signature file was changed.</source>
        <translation>La signature indique la clé %1, et non la clé de confiance %2&#xa0;: elle a été créée avec une autre clé, ou le fichier de signature a été modifié.</translation>
    </message>
    <message>
        <source>The signature does not match the trusted key %1: the signature file was changed after signing, or it was not made with this key.</source>
        <translation>La signature ne correspond pas à la clé de confiance %1&#xa0;: le fichier de signature a été modifié après la signature, ou elle n’a pas été créée avec cette clé.</translation>
    </message>
    <message>
        <source>The file was changed after signing: it is %1 bytes long, and %2 bytes were signed.</source>
        <translation>Le fichier a été modifié après la signature&#xa0;: il fait %1 octets, alors que %2 octets ont été signés.</translation>
    </message>
    <message>
        <source>The file was changed after signing: its content differs from what was signed (SHA-512 digest).</source>
        <translation>Le fichier a été modifié après la signature&#xa0;: son contenu diffère de ce qui a été signé (empreinte SHA-512).</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>“%1” is damaged or has been tampered with: %2. Restore it from a backup; the file has not been changed.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé ou a été falsifié&#xa0;: %2. Restaurez-le depuis une sauvegarde&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>EvidenceFiles</name>
    <message>
        <source>“%1” is not a file; only files can be stored as evidence.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier&#xa0;; seuls des fichiers peuvent être enregistrés comme preuves.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; evidence files can be up to %3 MB. Store a larger file elsewhere and add it as a link.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2&#xa0;Mo&#xa0;; les fichiers de preuve peuvent atteindre %3&#xa0;Mo. Stocker un fichier plus gros ailleurs et l’ajouter comme lien.</translation>
    </message>
    <message>
        <source>Storing %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is stored in the workspace as evidence.</source>
        <translation>%1 est enregistré comme preuve dans l’espace de travail.</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>No private folder could be made for opening evidence (%1).</source>
        <translation>Aucun dossier privé n’a pu être créé pour ouvrir les preuves (%1).</translation>
    </message>
    <message>
        <source>“%1” could not be written for viewing.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit pour l’affichage.</translation>
    </message>
    <message>
        <source>No application could open “%1”.</source>
        <translation>Aucune application n’a pu ouvrir «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ExportTable</name>
    <message>
        <source>AI systems</source>
        <translation>Systèmes d’IA</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Registre des risques</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation>Déclaration d’applicabilité</translation>
    </message>
</context>
<context>
    <name>HistoryReplay</name>
    <message>
        <source>The workspace&apos;s history could not be read.</source>
        <translation>L’historique de l’espace de travail n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>This is an earlier state of the workspace, rebuilt from its audit trail.</source>
        <translation>Il s’agit d’un état antérieur de l’espace de travail, reconstitué à partir de sa piste d’audit.</translation>
    </message>
    <message>
        <source>The audit trail names a field that Attest does not know.</source>
        <translation>La piste d’audit mentionne un champ qu’Attest ne connaît pas.</translation>
    </message>
    <message>
        <source>The audit trail records a kind of record that Attest does not know.</source>
        <translation>La piste d’audit enregistre un type d’enregistrement qu’Attest ne connaît pas.</translation>
    </message>
    <message>
        <source>An event of the audit trail could not be read.</source>
        <translation>Un événement de la piste d’audit n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The workspace could not be read.</source>
        <translation>L’espace de travail n’a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>InterviewRepository</name>
    <message>
        <source>The interviews could not be read.</source>
        <translation>Impossible de lire les entretiens.</translation>
    </message>
    <message>
        <source>The interview could not be read.</source>
        <translation>Impossible de lire l’entretien.</translation>
    </message>
    <message>
        <source>Where the interview stands could not be saved.</source>
        <translation>Impossible d’enregistrer l’avancement de l’entretien.</translation>
    </message>
    <message>
        <source>The note could not be saved.</source>
        <translation>Impossible d’enregistrer la note.</translation>
    </message>
</context>
<context>
    <name>InterviewService</name>
    <message>
        <source>An interview needs a title.</source>
        <translation>Un entretien a besoin d’un titre.</translation>
    </message>
    <message>
        <source>Date: “%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>Date&#xa0;: «&#xa0;%1&#xa0;» n’est pas une date&#xa0;; l’écrire au format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>An interview covers at least one AI system.</source>
        <translation>Un entretien porte sur au moins un système d’IA.</translation>
    </message>
    <message>
        <source>Every interviewee needs a name.</source>
        <translation>Chaque personne interrogée doit avoir un nom.</translation>
    </message>
    <message>
        <source>An interview needs questions: choose a framework scope or the requirements to ask about.</source>
        <translation>Un entretien a besoin de questions&#xa0;: choisir un périmètre de référentiel ou les exigences à aborder.</translation>
    </message>
    <message>
        <source>Plan interview %1</source>
        <translation>Planifier l’entretien %1</translation>
    </message>
    <message>
        <source>The interview no longer exists.</source>
        <translation>L’entretien n’existe plus.</translation>
    </message>
    <message>
        <source>The interview “%1” is completed and cannot be changed; record corrections as new assessments.</source>
        <translation>L’entretien «&#xa0;%1&#xa0;» est terminé et ne peut plus être modifié&#xa0;; consigner les corrections sous forme de nouvelles évaluations.</translation>
    </message>
    <message>
        <source>Start interview %1</source>
        <translation>Commencer l’entretien %1</translation>
    </message>
    <message>
        <source>“%1” is not an answer status.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un statut de réponse.</translation>
    </message>
    <message>
        <source>The requirement is not one of this interview&apos;s questions.</source>
        <translation>L’exigence ne fait pas partie des questions de cet entretien.</translation>
    </message>
    <message>
        <source>Answer in interview %1</source>
        <translation>Réponse dans l’entretien %1</translation>
    </message>
    <message>
        <source>Completing an interview records who acknowledged it and when: give a name and a date (YYYY-MM-DD).</source>
        <translation>Terminer un entretien consigne qui l’a validé et quand&#xa0;: indiquer un nom et une date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Complete interview %1</source>
        <translation>Terminer l’entretien %1</translation>
    </message>
    <message>
        <source>A requirement is missing.</source>
        <translation>Une exigence est manquante.</translation>
    </message>
    <message>
        <source>Interview “%1” on %2 with %3: %4</source>
        <translation>Entretien «&#xa0;%1&#xa0;» du %2 avec %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>personne n’est indiqué</translation>
    </message>
    <message>
        <source>no notes</source>
        <translation>aucune note</translation>
    </message>
    <message>
        <source>%1 %2 not met (interview)</source>
        <translation>%1 %2 non satisfaite (entretien)</translation>
    </message>
</context>
<context>
    <name>InterviewText</name>
    <message>
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>InventoryCommands</name>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Create AI system %1</source>
        <translation>Créer le système d&apos;IA %1</translation>
    </message>
    <message>
        <source>%1 no longer exists; there is nothing to undo.</source>
        <translation>%1 n&apos;existe plus&#xa0;; il n&apos;y a rien à annuler.</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 was changed since (%2); the step was not applied.</source>
        <translation>%1 a été modifié entre-temps (%2)&#xa0;; l&apos;étape n&apos;a pas été appliquée.</translation>
    </message>
    <message>
        <source>Delete AI system %1</source>
        <translation>Supprimer le système d&apos;IA %1</translation>
    </message>
    <message>
        <source>The change could not be made.</source>
        <translation>La modification n’a pas pu être effectuée.</translation>
    </message>
    <message>
        <source>%1 has changed since it was created, so undoing its creation would delete that work. Retire or delete it instead.</source>
        <translation>%1 a été modifié depuis sa création&#xa0;: annuler la création supprimerait ce travail. Le mettre hors service ou le supprimer à la place.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Unexpected migration file name “%1”.</source>
        <translation>Nom de fichier de migration inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot read migration “%1”.</source>
        <translation>Impossible de lire la migration «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Migration “%1” is out of sequence: expected version %2.</source>
        <translation>La migration «&#xa0;%1&#xa0;» n&apos;est pas dans l&apos;ordre&#xa0;: version %2 attendue.</translation>
    </message>
    <message>
        <source>No schema migrations found in “%1”.</source>
        <translation>Aucune migration de schéma trouvée dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The workspace could not be upgraded; it has not been changed.</source>
        <translation>L&apos;espace de travail n&apos;a pas pu être mis à niveau&#xa0;; il n&apos;a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>OscalAssessmentExport</name>
    <message>
        <source>There is no AI system with id %1 in this workspace.</source>
        <translation>Cet espace de travail ne contient aucun système d’IA d’identifiant %1.</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Responsable métier</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Responsable technique</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Residual: %1</source>
        <translation>Résiduel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>Pas encore évalué.</translation>
    </message>
    <message>
        <source>Risk owner</source>
        <translation>Responsable du risque</translation>
    </message>
    <message>
        <source>No framework with requirements to assess applies to %1, so there are no assessment results to export. Confirm which frameworks apply on the system&apos;s compliance page first.</source>
        <translation>Aucun référentiel comportant des exigences à évaluer ne s’applique à %1&#xa0;: il n’y a donc aucun résultat d’évaluation à exporter. Confirmez d’abord les référentiels applicables sur la page de conformité du système.</translation>
    </message>
    <message>
        <source>Compliance of %1</source>
        <translation>Conformité de %1</translation>
    </message>
    <message>
        <source>The status of every requirement that applies to %1 under each framework that applies to it, derived by Attest from the implementation, evidence and tests of the mapped controls, or assessed by hand with a justification; and the system&apos;s risks from the risk register.</source>
        <translation>Le statut de chaque exigence applicable à %1 au titre de chaque référentiel qui s’y applique, déduit par Attest de la mise en œuvre, des preuves et des tests des mesures associées, ou évalué manuellement avec une justification&#xa0;; ainsi que les risques du système issus du registre des risques.</translation>
    </message>
    <message>
        <source>Assessment plan of %1</source>
        <translation>Plan d’évaluation de %1</translation>
    </message>
    <message>
        <source>Attest keeps no separate assessment plan: the requirements of every framework that applies to the system are assessed continuously from the control library, and each change is recorded in the workspace&apos;s audit trail.</source>
        <translation>Attest ne tient pas de plan d’évaluation distinct&#xa0;: les exigences de chaque référentiel applicable au système sont évaluées en continu à partir de la bibliothèque de mesures, et chaque modification est consignée dans la piste d’audit de l’espace de travail.</translation>
    </message>
    <message>
        <source>Raised from requirement %1 %2 %3.</source>
        <translation>Ouvert à partir de l’exigence %1 %2 %3.</translation>
    </message>
    <message>
        <source>Raised from a failed test of control %1.</source>
        <translation>Ouvert à la suite de l’échec d’un test de la mesure %1.</translation>
    </message>
    <message>
        <source>Recorded by hand.</source>
        <translation>Ouvert manuellement.</translation>
    </message>
    <message>
        <source>Severity: %1. %2</source>
        <translation>Gravité&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>Finding resolved</source>
        <translation>Constat résolu</translation>
    </message>
    <message>
        <source>Remediation owner</source>
        <translation>Responsable de la remédiation</translation>
    </message>
    <message>
        <source>Resolve the finding</source>
        <translation>Résoudre le constat</translation>
    </message>
    <message>
        <source>Resolve “%1” and close the finding with evidence or a note.</source>
        <translation>Résoudre «&#xa0;%1&#xa0;» et clore le constat avec une preuve ou une note.</translation>
    </message>
    <message>
        <source>Resolve “%1” by %2 and close the finding with evidence or a note.</source>
        <translation>Résoudre «&#xa0;%1&#xa0;» d’ici le %2 et clore le constat avec une preuve ou une note.</translation>
    </message>
    <message>
        <source>%1 has no open findings, so there is no plan of action and milestones to export.</source>
        <translation>%1 n’a aucun constat ouvert&#xa0;: il n’y a donc pas de plan d’action et jalons à exporter.</translation>
    </message>
    <message>
        <source>Assessment results of %1</source>
        <translation>Résultats d’évaluation de %1</translation>
    </message>
    <message>
        <source>Plan of action and milestones of %1</source>
        <translation>Plan d’action et jalons de %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>OscalCatalogExport</name>
    <message>
        <source>There is no framework “%1” in this workspace.</source>
        <translation>Cet espace de travail ne contient pas de référentiel «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The framework “%1” has no requirements to export.</source>
        <translation>Le référentiel «&#xa0;%1&#xa0;» n’a aucune exigence à exporter.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>OscalImport</name>
    <message>
        <source>The catalog is nested more than %1 levels deep at %2; that is not a catalog Attest can read.</source>
        <translation>Le catalogue est imbriqué sur plus de %1 niveaux en %2&#xa0;; Attest ne peut pas lire un tel catalogue.</translation>
    </message>
    <message>
        <source>A parameter without an id at %1.</source>
        <translation>Un paramètre sans id en %1.</translation>
    </message>
    <message>
        <source>The parameter id “%1” is used twice (again at %2).</source>
        <translation>L’id de paramètre «&#xa0;%1&#xa0;» est utilisé deux fois (de nouveau en %2).</translation>
    </message>
    <message>
        <source>“%1” at %2 should be a list.</source>
        <translation>«&#xa0;%1&#xa0;» en %2 devrait être une liste.</translation>
    </message>
    <message>
        <source>Entry %1 is not an object.</source>
        <translation>L’entrée %1 n’est pas un objet.</translation>
    </message>
    <message>
        <source>A control without an id at %1.</source>
        <translation>Une mesure sans id en %1.</translation>
    </message>
    <message>
        <source>The id “%1” is used twice (again at %2); ids must be unique.</source>
        <translation>L’id «&#xa0;%1&#xa0;» est utilisé deux fois (de nouveau en %2)&#xa0;; les id doivent être uniques.</translation>
    </message>
    <message>
        <source>The parameter choice “how-many: %1” is not an OSCAL value; it was read as “one or more”.</source>
        <translation>Le choix de paramètre «&#xa0;how-many: %1&#xa0;» n’est pas une valeur OSCAL&#xa0;; il a été lu comme «&#xa0;un ou plusieurs&#xa0;».</translation>
    </message>
    <message>
        <source>[Selection (one or more): %1]</source>
        <translation>[Sélection (un ou plusieurs)&#xa0;: %1]</translation>
    </message>
    <message>
        <source>[Selection: %1]</source>
        <translation>[Sélection&#xa0;: %1]</translation>
    </message>
    <message>
        <source>[Assignment: %1]</source>
        <translation>[Affectation&#xa0;: %1]</translation>
    </message>
    <message>
        <source>Imported the profile “%1” as a tailored framework (%2), selecting from %4 (requirements selected: %3).</source>
        <translation>Profil «&#xa0;%1&#xa0;» importé comme référentiel adapté (%2), sélection dans %4 (exigences sélectionnées&#xa0;: %3).</translation>
    </message>
    <message>
        <source>Imported the catalog “%1” as %2 (controls: %3, enhancements: %4, withdrawn: %5, groups: %6, parameters: %7).</source>
        <translation>Catalogue «&#xa0;%1&#xa0;» importé comme %2 (mesures&#xa0;: %3, améliorations&#xa0;: %4, retirées&#xa0;: %5, groupes&#xa0;: %6, paramètres&#xa0;: %7).</translation>
    </message>
    <message>
        <source>It replaced an earlier import in place (%1 added, %2 changed, %3 withdrawn).</source>
        <translation>Il a remplacé sur place un import antérieur (%1 ajoutées, %2 modifiées, %3 retirées).</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; Attest imports OSCAL files of up to %3 MB.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2&#xa0;Mo&#xa0;; Attest importe des fichiers OSCAL jusqu’à %3&#xa0;Mo.</translation>
    </message>
    <message>
        <source>“%1” is empty; it is not an OSCAL document.</source>
        <translation>«&#xa0;%1&#xa0;» est vide&#xa0;; ce n’est pas un document OSCAL.</translation>
    </message>
    <message>
        <source>“%1” is nested too deeply to be an OSCAL document (line %2).</source>
        <translation>«&#xa0;%1&#xa0;» est trop profondément imbriqué pour être un document OSCAL (ligne %2).</translation>
    </message>
    <message>
        <source>“%1” is JSON, but not an OSCAL document.</source>
        <translation>«&#xa0;%1&#xa0;» est du JSON, mais pas un document OSCAL.</translation>
    </message>
    <message>
        <source>“%1” is an OSCAL %2, not a catalog or profile; Attest imports catalogs and profiles.</source>
        <translation>«&#xa0;%1&#xa0;» est un document OSCAL de type %2, ni un catalogue ni un profil&#xa0;; Attest importe des catalogues et des profils.</translation>
    </message>
    <message>
        <source>“%1” is not an OSCAL catalog or profile (no “catalog” or “profile” at the top).</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un catalogue ni un profil OSCAL (ni «&#xa0;catalog&#xa0;» ni «&#xa0;profile&#xa0;» au premier niveau).</translation>
    </message>
    <message>
        <source>The document has no valid uuid; one was derived from its content.</source>
        <translation>Le document n’a pas d’uuid valide&#xa0;; un uuid a été dérivé de son contenu.</translation>
    </message>
    <message>
        <source>The document has no title; it was named after its file.</source>
        <translation>Le document n’a pas de titre&#xa0;; il a été nommé d’après son fichier.</translation>
    </message>
    <message>
        <source>The document does not say which OSCAL version it uses; it was read as OSCAL 1.1.</source>
        <translation>Le document n’indique pas sa version d’OSCAL&#xa0;; il a été lu comme OSCAL 1.1.</translation>
    </message>
    <message>
        <source>OSCAL version “%1” is outside 1.0 to 1.2; it was read as the nearest version Attest knows.</source>
        <translation>La version OSCAL «&#xa0;%1&#xa0;» est hors de 1.0 à 1.2&#xa0;; elle a été lue comme la version la plus proche connue d’Attest.</translation>
    </message>
    <message>
        <source>The document has no last-modified date.</source>
        <translation>Le document n’a pas de date last-modified.</translation>
    </message>
    <message>
        <source>The last-modified time “%1” has no time zone; it was read as UTC.</source>
        <translation>L’heure last-modified «&#xa0;%1&#xa0;» n’a pas de fuseau horaire&#xa0;; elle a été lue en UTC.</translation>
    </message>
    <message>
        <source>The last-modified date “%1” is not an OSCAL date-time; it was kept as text.</source>
        <translation>La date last-modified «&#xa0;%1&#xa0;» n’est pas une date-heure OSCAL&#xa0;; elle a été conservée comme texte.</translation>
    </message>
    <message>
        <source>As stated by its publisher; imported by the user.</source>
        <translation>Selon son éditeur&#xa0;; importé par l’utilisateur.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>“%1” is an OSCAL catalog without any controls.</source>
        <translation>«&#xa0;%1&#xa0;» est un catalogue OSCAL sans aucune mesure.</translation>
    </message>
    <message>
        <source>The profile “%1” imports no catalog.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n’importe aucun catalogue.</translation>
    </message>
    <message>
        <source>The profile imports %1 sources; Attest uses the first.</source>
        <translation>Le profil importe %1 sources&#xa0;; Attest utilise la première.</translation>
    </message>
    <message>
        <source>The profile “%1” selects from “%2”, which is not in this workspace. Import that catalog first, or name the framework to select from.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» sélectionne dans «&#xa0;%2&#xa0;», absent de cet espace de travail. Importer d’abord ce catalogue, ou indiquer le référentiel dans lequel sélectionner.</translation>
    </message>
    <message>
        <source>There is no framework “%1” in this workspace.</source>
        <translation>Cet espace de travail ne contient pas de référentiel «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The profile names “%1”, which %2 does not contain; it was skipped.</source>
        <translation>Le profil cite «&#xa0;%1&#xa0;», que %2 ne contient pas&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>The profile “%1” selects nothing from %2.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» ne sélectionne rien dans %2.</translation>
    </message>
    <message>
        <source>The profile&apos;s alterations of control text (alters) are not applied; the catalog&apos;s text is shown.</source>
        <translation>Les modifications de texte du profil (alters) ne sont pas appliquées&#xa0;; le texte du catalogue est affiché.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Import OSCAL profile %1</source>
        <translation>Importer le profil OSCAL %1</translation>
    </message>
    <message>
        <source>Import OSCAL catalog %1</source>
        <translation>Importer le catalogue OSCAL %1</translation>
    </message>
    <message>
        <source>The tailored framework could not be linked to its catalog.</source>
        <translation>Le référentiel adapté n’a pas pu être relié à son catalogue.</translation>
    </message>
    <message>
        <source>Selected by the OSCAL profile “%1” from %2</source>
        <translation>Sélectionnée par le profil OSCAL «&#xa0;%1&#xa0;» dans %2</translation>
    </message>
    <message>
        <source>Some classes or part names are not OSCAL names (the first: “%1” on “%2”); they were kept as they are, and are made valid when Attest exports the catalog.</source>
        <translation>Certaines classes ou certains noms de parties ne sont pas des noms OSCAL valides (le premier&#xa0;: «&#xa0;%1&#xa0;» sur «&#xa0;%2&#xa0;»)&#xa0;; ils ont été conservés tels quels et sont rendus valides quand Attest exporte le catalogue.</translation>
    </message>
    <message>
        <source>Unknown property “%1” (first on “%2”) was kept as it is.</source>
        <translation>La propriété inconnue «&#xa0;%1&#xa0;» (d’abord sur «&#xa0;%2&#xa0;») a été conservée telle quelle.</translation>
    </message>
    <message>
        <source>Groups without a title were named after their ids (the first at %1).</source>
        <translation>Les groupes sans titre ont été nommés d’après leur id (le premier en %1).</translation>
    </message>
    <message>
        <source>A control holds groups (the first at %1); they were read as part of its tree.</source>
        <translation>Une mesure contient des groupes (le premier en %1)&#xa0;; ils ont été lus comme partie de son arborescence.</translation>
    </message>
    <message>
        <source>Controls without a title were named after their ids (the first: “%1”).</source>
        <translation>Les mesures sans titre ont été nommées d’après leur id (la première&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>“%1” is not valid JSON: it ends too early (%2 at line %3); the file may be cut off.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas du JSON valide&#xa0;: il se termine trop tôt (%2 à la ligne %3)&#xa0;; le fichier est peut-être tronqué.</translation>
    </message>
    <message>
        <source>“%1” is not valid JSON: %2 at line %3 (offset %4).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas du JSON valide&#xa0;: %2 à la ligne %3 (position %4).</translation>
    </message>
    <message>
        <source>version not stated</source>
        <translation>version non précisée</translation>
    </message>
    <message>
        <source>%1, OSCAL profile (OSCAL %2, uuid %3), imported from %4</source>
        <translation>%1, profil OSCAL (OSCAL %2, uuid %3), importé depuis %4</translation>
    </message>
    <message>
        <source>%1, OSCAL catalog (OSCAL %2, uuid %3), imported from %4</source>
        <translation>%1, catalogue OSCAL (OSCAL %2, uuid %3), importé depuis %4</translation>
    </message>
    <message>
        <source>The profile names the group “%1”; profiles select controls, so it was skipped.</source>
        <translation>Le profil cite le groupe «&#xa0;%1&#xa0;»&#xa0;; un profil sélectionne des mesures, il a donc été ignoré.</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Workspace fingerprint %1</source>
        <translation>Empreinte de l’espace de travail %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Workspace fingerprint</source>
        <translation>Empreinte de l’espace de travail</translation>
    </message>
    <message>
        <source>Audit-chain head</source>
        <translation>Tête de la chaîne d’audit</translation>
    </message>
    <message>
        <source>event %1, %2</source>
        <translation>événement %1, %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>The report could not be written to “%1”.</source>
        <translation>Le rapport n’a pas pu être écrit dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The report could not be written to “%1”: %2</source>
        <translation>Le rapport n’a pas pu être écrit dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 (latest: %2)</source>
        <translation>%1 (dernière valeur&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Cancelled: no report was written.</source>
        <translation>Annulé&#xa0;: aucun rapport n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>PrivacyReports</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Record of processing activities (GDPR Art. 30)</source>
        <translation>Registre des activités de traitement (RGPD art. 30)</translation>
    </message>
    <message numerus="yes">
        <source>AI systems in force that process personal data: %n processing activities</source>
        <translation>
            <numerusform>Systèmes d’IA en service qui traitent des données personnelles&#xa0;: %n activité de traitement</numerusform>
            <numerusform>Systèmes d’IA en service qui traitent des données personnelles&#xa0;: %n activités de traitement</numerusform>
        </translation>
    </message>
    <message>
        <source>About this record</source>
        <translation>À propos de ce registre</translation>
    </message>
    <message>
        <source>This record lists, for each AI system of the organisation that processes personal data, what Article 30 of the GDPR requires: (a) the controller and where applicable the joint controller, representative and data protection officer; (b) the purposes; (c) the categories of data subjects and of personal data; (d) the categories of recipients; (e) transfers to third countries or international organisations; (f) where possible, the time limits for erasure; (g) where possible, a general description of the security measures. Items not yet recorded are marked as such.</source>
        <translation>Ce registre indique, pour chaque système d’IA de l’organisation qui traite des données à caractère personnel, ce qu’exige l’article 30 du RGPD&#xa0;: (a) le responsable du traitement et, le cas échéant, le responsable conjoint du traitement, le représentant et le délégué à la protection des données&#xa0;; (b) les finalités&#xa0;; (c) les catégories de personnes concernées et de données à caractère personnel&#xa0;; (d) les catégories de destinataires&#xa0;; (e) les transferts vers des pays tiers ou des organisations internationales&#xa0;; (f) dans la mesure du possible, les délais d’effacement&#xa0;; (g) dans la mesure du possible, une description générale des mesures de sécurité. Les éléments non encore renseignés sont signalés comme tels.</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation>Activités de traitement</translation>
    </message>
    <message>
        <source>Without a data-protection record</source>
        <translation>Sans fiche de protection des données</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Data categories not recorded</source>
        <translation>Catégories de données non renseignées</translation>
    </message>
    <message>
        <source>%1 AI systems in force, not listed here until it is known whether they process personal data: %2</source>
        <translation>%1 systèmes d’IA en service, qui ne figurent pas ici tant qu’on ne sait pas s’ils traitent des données personnelles&#xa0;: %2</translation>
    </message>
    <message>
        <source>Form (Art. 30(3))</source>
        <translation>Forme (art. 30(3))</translation>
    </message>
    <message>
        <source>Kept in electronic form in the Attest workspace named on the cover.</source>
        <translation>Tenu sous forme électronique dans l’espace de travail Attest indiqué en couverture.</translation>
    </message>
    <message>
        <source>Availability (Art. 30(4))</source>
        <translation>Mise à disposition (art. 30(4))</translation>
    </message>
    <message>
        <source>Made available to the supervisory authority on request; this document is an export of the record.</source>
        <translation>Mis à la disposition de l’autorité de contrôle sur demande&#xa0;; ce document est un export du registre.</translation>
    </message>
    <message>
        <source>Inventory: %1</source>
        <translation>Inventaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Controls implemented (%1): %2</source>
        <translation>Mesures mises en œuvre (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Our role</source>
        <translation>Notre rôle</translation>
    </message>
    <message>
        <source>Art. 30(2)(a) Processor</source>
        <translation>Art. 30(2)(a) Sous-traitant</translation>
    </message>
    <message>
        <source>Art. 30(2)(a) Controllers acted for</source>
        <translation>Art. 30(2)(a) Responsables du traitement pour le compte desquels il agit</translation>
    </message>
    <message>
        <source>Art. 30(2)(a) Representative</source>
        <translation>Art. 30(2)(a) Représentant</translation>
    </message>
    <message>
        <source>Art. 30(2)(a) Data protection officer</source>
        <translation>Art. 30(2)(a) Délégué à la protection des données</translation>
    </message>
    <message>
        <source>Art. 30(2)(b) Categories of processing for each controller</source>
        <translation>Art. 30(2)(b) Catégories de traitements effectués pour chaque responsable du traitement</translation>
    </message>
    <message>
        <source>Categories of data subjects</source>
        <translation>Catégories de personnes concernées</translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation>Catégories de données à caractère personnel</translation>
    </message>
    <message>
        <source>Art. 30(2)(c) Transfers to third countries</source>
        <translation>Art. 30(2)(c) Transferts vers des pays tiers</translation>
    </message>
    <message>
        <source>Art. 30(2)(d) Security measures</source>
        <translation>Art. 30(2)(d) Mesures de sécurité</translation>
    </message>
    <message>
        <source>AI system</source>
        <translation>Système d’IA</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Responsable métier</translation>
    </message>
    <message>
        <source>Record last reviewed</source>
        <translation>Dernière revue de la fiche</translation>
    </message>
    <message>
        <source>Art. 30(1)(a) Controller</source>
        <translation>Art. 30(1)(a) Responsable du traitement</translation>
    </message>
    <message>
        <source>Art. 30(1)(a) Joint controllers</source>
        <translation>Art. 30(1)(a) Responsables conjoints du traitement</translation>
    </message>
    <message>
        <source>Art. 30(1)(a) Representative</source>
        <translation>Art. 30(1)(a) Représentant</translation>
    </message>
    <message>
        <source>Art. 30(1)(a) Data protection officer</source>
        <translation>Art. 30(1)(a) Délégué à la protection des données</translation>
    </message>
    <message>
        <source>Art. 30(1)(b) Purposes</source>
        <translation>Art. 30(1)(b) Finalités</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <source>Art. 30(1)(c) Categories of data subjects</source>
        <translation>Art. 30(1)(c) Catégories de personnes concernées</translation>
    </message>
    <message>
        <source>Art. 30(1)(c) Categories of personal data</source>
        <translation>Art. 30(1)(c) Catégories de données à caractère personnel</translation>
    </message>
    <message>
        <source>Art. 30(1)(d) Categories of recipients</source>
        <translation>Art. 30(1)(d) Catégories de destinataires</translation>
    </message>
    <message>
        <source>Art. 30(1)(e) Transfers to third countries</source>
        <translation>Art. 30(1)(e) Transferts vers des pays tiers</translation>
    </message>
    <message>
        <source>Art. 30(1)(f) Time limits for erasure</source>
        <translation>Art. 30(1)(f) Délais d’effacement</translation>
    </message>
    <message>
        <source>Art. 30(1)(g) Security measures</source>
        <translation>Art. 30(1)(g) Mesures de sécurité</translation>
    </message>
    <message>
        <source>Data protection impact assessment (GDPR Art. 35)</source>
        <translation>Analyse d’impact relative à la protection des données (RGPD art. 35)</translation>
    </message>
    <message>
        <source>AI system %1</source>
        <translation>Système d’IA %1</translation>
    </message>
    <message>
        <source>Required: the system takes automated decisions with legal or similarly significant effects on people (Art. 35(3)(a)).</source>
        <translation>Obligatoire&#xa0;: le système prend des décisions automatisées produisant des effets juridiques à l’égard des personnes ou les affectant de manière significative de façon similaire (art. 35(3)(a)).</translation>
    </message>
    <message>
        <source>Required: special categories of data processed on a large scale (Art. 35(3)(b)).</source>
        <translation>Obligatoire&#xa0;: traitement à grande échelle de catégories particulières de données (art. 35(3)(b)).</translation>
    </message>
    <message>
        <source>Likely required: %1 of the nine criteria apply; two or more usually mean a high risk (WP248).</source>
        <translation>Probablement obligatoire&#xa0;: %1 des neuf critères s’appliquent&#xa0;; deux ou plus signifient généralement un risque élevé (WP248).</translation>
    </message>
    <message>
        <source>Cannot be concluded: the indicators are not all recorded (automated decisions, data categories, the high-risk criteria).</source>
        <translation>Conclusion impossible&#xa0;: les indicateurs ne sont pas tous renseignés (décisions automatisées, catégories de données, critères de risque élevé).</translation>
    </message>
    <message>
        <source>Not indicated by what is recorded; where no assessment is made, the reasons belong in the record.</source>
        <translation>Non indiquée d’après les éléments renseignés&#xa0;; si aucune analyse n’est réalisée, les raisons doivent figurer dans la fiche.</translation>
    </message>
    <message>
        <source>Whether an assessment is required</source>
        <translation>Nécessité d’une analyse d’impact</translation>
    </message>
    <message>
        <source>Art. 35(3)(a) Automated decisions with legal or similar effect</source>
        <translation>Art. 35(3)(a) Décisions automatisées produisant des effets juridiques ou similaires</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Art. 35(3)(b) Special categories of data</source>
        <translation>Art. 35(3)(b) Catégories particulières de données</translation>
    </message>
    <message>
        <source>Art. 35(3)(c) Systematic monitoring</source>
        <translation>Art. 35(3)(c) Surveillance systématique</translation>
    </message>
    <message>
        <source>Indicated: required if it covers a publicly accessible area on a large scale</source>
        <translation>Indiquée&#xa0;: obligatoire si elle porte à grande échelle sur une zone accessible au public</translation>
    </message>
    <message>
        <source>Not indicated</source>
        <translation>Non indiquée</translation>
    </message>
    <message>
        <source>High-risk indicators (WP248)</source>
        <translation>Indicateurs de risque élevé (WP248)</translation>
    </message>
    <message>
        <source>None ticked</source>
        <translation>Aucun coché</translation>
    </message>
    <message>
        <source>%1 of 9: %2</source>
        <translation>%1 sur 9&#xa0;: %2</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Art. 35(7)(a) Description of the processing and its purposes</source>
        <translation>Art. 35(7)(a) Description du traitement et de ses finalités</translation>
    </message>
    <message>
        <source>Processing operations</source>
        <translation>Opérations de traitement</translation>
    </message>
    <message>
        <source>The AI system</source>
        <translation>Le système d’IA</translation>
    </message>
    <message>
        <source>Purposes of the processing</source>
        <translation>Finalités du traitement</translation>
    </message>
    <message>
        <source>Legitimate interest pursued</source>
        <translation>Intérêt légitime poursuivi</translation>
    </message>
    <message>
        <source>Not applicable: the lawful basis is %1</source>
        <translation>Sans objet&#xa0;: la base juridique est %1</translation>
    </message>
    <message>
        <source>Data sources and provenance</source>
        <translation>Sources et provenance des données</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Transfers outside the EU</source>
        <translation>Transferts hors de l’UE</translation>
    </message>
    <message>
        <source>Time limits for erasure</source>
        <translation>Délais d’effacement</translation>
    </message>
    <message>
        <source>Human oversight</source>
        <translation>Contrôle humain</translation>
    </message>
    <message>
        <source>Art. 35(7)(b) Necessity and proportionality</source>
        <translation>Art. 35(7)(b) Nécessité et proportionnalité</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Art. 35(7)(c) Risks to the rights and freedoms of data subjects</source>
        <translation>Art. 35(7)(c) Risques pour les droits et libertés des personnes concernées</translation>
    </message>
    <message>
        <source>The system&apos;s risk register</source>
        <translation>Le registre des risques du système</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Art. 35(7)(d) Measures to address the risks</source>
        <translation>Art. 35(7)(d) Mesures pour faire face aux risques</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Measures envisaged</source>
        <translation>Mesures envisagées</translation>
    </message>
    <message>
        <source>Controls treating the risks</source>
        <translation>Mesures traitant les risques</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Mesures de sécurité</translation>
    </message>
    <message>
        <source>Advice, views and review</source>
        <translation>Avis, points de vue et revue</translation>
    </message>
    <message>
        <source>Art. 35(2) Data protection officer</source>
        <translation>Art. 35(2) Délégué à la protection des données</translation>
    </message>
    <message>
        <source>Art. 35(2) Advice of the DPO</source>
        <translation>Art. 35(2) Avis du DPO</translation>
    </message>
    <message>
        <source>Art. 35(9) Views of data subjects</source>
        <translation>Art. 35(9) Avis des personnes concernées</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approuvé le</translation>
    </message>
    <message>
        <source>Art. 35(11) Next review</source>
        <translation>Art. 35(11) Prochaine revue</translation>
    </message>
    <message>
        <source>Art. 36 Prior consultation</source>
        <translation>Art. 36 Consultation préalable</translation>
    </message>
    <message>
        <source>Art. 36(3)(a) Responsibilities of controller, joint controllers and processors</source>
        <translation>Art. 36(3)(a) Responsabilités respectives du responsable du traitement, des responsables conjoints et des sous-traitants</translation>
    </message>
    <message>
        <source>Our role: %1</source>
        <translation>Notre rôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Art. 36(3)(b) Purposes and means</source>
        <translation>Art. 36(3)(b) Finalités et moyens</translation>
    </message>
    <message>
        <source>Art. 36(3)(c) Measures and safeguards</source>
        <translation>Art. 36(3)(c) Mesures et garanties</translation>
    </message>
    <message>
        <source>Art. 36(3)(d) Contact details of the DPO</source>
        <translation>Art. 36(3)(d) Coordonnées du DPO</translation>
    </message>
    <message>
        <source>Art. 36(3)(e) The impact assessment</source>
        <translation>Art. 36(3)(e) L’analyse d’impact</translation>
    </message>
    <message>
        <source>This document.</source>
        <translation>Le présent document.</translation>
    </message>
    <message>
        <source>Art. 36(3)(f) Other information requested</source>
        <translation>Art. 36(3)(f) Autres informations demandées</translation>
    </message>
    <message>
        <source>Not required: the residual risk was accepted as not high.</source>
        <translation>Non requise&#xa0;: le risque résiduel a été accepté comme n’étant pas élevé.</translation>
    </message>
    <message>
        <source>Not yet decided: the outcome of the assessment is open.</source>
        <translation>Pas encore décidé&#xa0;: le résultat de l’analyse est en suspens.</translation>
    </message>
    <message>
        <source>Exemption (Art. 30(5))</source>
        <translation>Dérogation (art. 30(5))</translation>
    </message>
    <message>
        <source>Not relied on: the record is kept for every AI system that processes personal data.</source>
        <translation>Non invoquée&#xa0;: le registre est tenu pour chaque système d’IA qui traite des données à caractère personnel.</translation>
    </message>
    <message>
        <source>The assessment finds a high risk that the measures do not sufficiently mitigate: the supervisory authority is to be consulted before the processing (Art. 36(1)). Where the authority considers that the processing would infringe the Regulation, it gives written advice within eight weeks of the request, a period it may extend by six (Art. 36(2)). Article 36(3) asks for the following.</source>
        <translation>L’analyse conclut à un risque élevé que les mesures n’atténuent pas suffisamment&#xa0;: l’autorité de contrôle doit être consultée avant le traitement (art. 36(1)). Lorsque l’autorité estime que le traitement envisagé constituerait une violation du règlement, elle fournit un avis écrit dans un délai de huit semaines à compter de la réception de la demande, délai qu’elle peut prolonger de six semaines (art. 36(2)). L’article 36(3) exige les éléments suivants.</translation>
    </message>
</context>
<context>
    <name>ProgrammeReports</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Executive compliance summary</source>
        <translation>Synthèse de conformité pour la direction</translation>
    </message>
    <message>
        <source>All AI systems in force: %1</source>
        <translation>Tous les systèmes d’IA en service&#xa0;: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>AI systems in force</source>
        <translation>Systèmes d’IA en service</translation>
    </message>
    <message>
        <source>By EU AI Act tier</source>
        <translation>Par niveau de risque (AI Act)</translation>
    </message>
    <message>
        <source>Systems overdue for review</source>
        <translation>Systèmes dont la revue est en retard</translation>
    </message>
    <message>
        <source>Risks not closed</source>
        <translation>Risques non clôturés</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Constats ouverts</translation>
    </message>
    <message>
        <source>Overdue findings</source>
        <translation>Constats en retard</translation>
    </message>
    <message>
        <source>Evidence expiring within 30 days</source>
        <translation>Preuves expirant sous 30&#xa0;jours</translation>
    </message>
    <message>
        <source>Evidence expiring within 90 days</source>
        <translation>Preuves expirant sous 90&#xa0;jours</translation>
    </message>
    <message>
        <source>Framework coverage</source>
        <translation>Couverture des référentiels</translation>
    </message>
    <message>
        <source>Coverage per framework, over the systems each applies to</source>
        <translation>Couverture par référentiel, sur les systèmes auxquels chacun s’applique</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systèmes</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n systems)</source>
        <translation>
            <numerusform>%1 (%n système)</numerusform>
            <numerusform>%1 (%n systèmes)</numerusform>
        </translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Residual risk (inherent where not yet assessed), risks not closed and closed alike</source>
        <translation>Risque résiduel (inhérent s’il n’est pas encore évalué), risques clôturés ou non</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Vraisemblance</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Not closed at level %1</source>
        <translation>Non clôturés au niveau %1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Highest risks not closed</source>
        <translation>Risques non clôturés les plus élevés</translation>
    </message>
    <message>
        <source>No risks are open.</source>
        <translation>Aucun risque n’est ouvert.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Open findings by due date</source>
        <translation>Constats ouverts par échéance</translation>
    </message>
    <message>
        <source>More than 30 days overdue</source>
        <translation>En retard de plus de 30&#xa0;jours</translation>
    </message>
    <message>
        <source>Overdue up to 30 days</source>
        <translation>En retard de 30&#xa0;jours au plus</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Échéance sous 30&#xa0;jours</translation>
    </message>
    <message>
        <source>Later or no due date</source>
        <translation>Plus tard ou sans échéance</translation>
    </message>
    <message>
        <source>Trends over 12 months</source>
        <translation>Tendances sur 12&#xa0;mois</translation>
    </message>
    <message>
        <source>The workspace&apos;s history could not be read.</source>
        <translation>L’historique de l’espace de travail n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Coverage per framework (%), at the end of each month</source>
        <translation>Couverture par référentiel (%), à la fin de chaque mois</translation>
    </message>
    <message>
        <source>Risks not closed, by level, at the end of each month</source>
        <translation>Risques non clôturés, par niveau, à la fin de chaque mois</translation>
    </message>
    <message>
        <source>Each point is the workspace as its audit trail shows it at the end of that month; the last point is today.</source>
        <translation>Chaque point représente l’espace de travail tel que sa piste d’audit le montre à la fin du mois&#xa0;; le dernier point correspond à aujourd’hui.</translation>
    </message>
    <message>
        <source>There is no AI system with id %1.</source>
        <translation>Il n’existe aucun système d’IA d’identifiant %1.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Remediation plan</source>
        <translation>Plan de remédiation</translation>
    </message>
    <message>
        <source>AI system %1</source>
        <translation>Système d’IA %1</translation>
    </message>
    <message>
        <source>All AI systems and the organisation</source>
        <translation>Tous les systèmes d’IA et l’organisation</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Without an owner</source>
        <translation>Sans responsable</translation>
    </message>
    <message>
        <source>Without a due date</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <source>Open and in-progress findings, soonest due first; those without a due date last.</source>
        <translation>Constats ouverts et en cours, de l’échéance la plus proche à la plus lointaine&#xa0;; ceux sans échéance en dernier.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>No open findings.</source>
        <translation>Aucun constat ouvert.</translation>
    </message>
    <message>
        <source>There is no interview session with id %1.</source>
        <translation>Il n’existe aucune session d’entretien d’identifiant %1.</translation>
    </message>
    <message>
        <source>Interview record</source>
        <translation>Compte rendu d’entretien</translation>
    </message>
    <message>
        <source>Held on %1</source>
        <translation>Réalisé le %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>A chosen set of requirements</source>
        <translation>Une sélection d’exigences</translation>
    </message>
    <message>
        <source>AI systems</source>
        <translation>Systèmes d’IA</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Intervieweur</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Réalisé le</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Validé par</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Validé le</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Personne interrogée</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>People interviewed</source>
        <translation>Personnes interrogées</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Propos recueillis</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Avec réponse</translation>
    </message>
    <message>
        <source>To follow up</source>
        <translation>À suivre</translation>
    </message>
</context>
<context>
    <name>QuickOpenIndex</name>
    <message>
        <source>AI system</source>
        <translation>Système d’IA</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>AI system (retired)</source>
        <translation>Système d’IA (retiré)</translation>
    </message>
    <message>
        <source>Requirement of %1</source>
        <translation>Exigence de %1</translation>
    </message>
    <message>
        <source>Risk of %1</source>
        <translation>Risque de %1</translation>
    </message>
</context>
<context>
    <name>RegisterReports</name>
    <message>
        <source>Risk register</source>
        <translation>Registre des risques</translation>
    </message>
    <message>
        <source>As at %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <source>All AI systems</source>
        <translation>Tous les systèmes d’IA</translation>
    </message>
    <message>
        <source>There is no AI system with that id.</source>
        <translation>Il n’existe aucun système d’IA avec cet identifiant.</translation>
    </message>
    <message>
        <source>AI system %1</source>
        <translation>Système d’IA %1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Non clôturés</translation>
    </message>
    <message>
        <source>At level %1</source>
        <translation>Au niveau %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Levels are the residual level once assessed, else the inherent one, each scored on the risk matrix version recorded with the risk.</source>
        <translation>Les niveaux sont le niveau résiduel une fois évalué, sinon le niveau inhérent, chacun noté selon la version de la matrice des risques enregistrée avec le risque.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation>Enregistré (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Audit-trail extract</source>
        <translation>Extrait de la piste d’audit</translation>
    </message>
    <message>
        <source>Every recorded change to governance data</source>
        <translation>Chaque modification enregistrée des données de gouvernance</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>the first event</source>
        <translation>premier événement</translation>
    </message>
    <message>
        <source>the last event</source>
        <translation>dernier événement</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intacte</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>rompue</translation>
    </message>
    <message>
        <source>Events examined</source>
        <translation>Événements examinés</translation>
    </message>
    <message>
        <source>Head event</source>
        <translation>Événement de tête</translation>
    </message>
    <message>
        <source>Head hash (SHA-256)</source>
        <translation>Empreinte de tête (SHA-256)</translation>
    </message>
    <message>
        <source>Events in this extract</source>
        <translation>Événements dans cet extrait</translation>
    </message>
    <message>
        <source>Each event&apos;s hash covers its content and the previous event&apos;s hash; the head hash above identifies the whole chain up to it. `attest audit verify` on the same workspace prints the same head.</source>
        <translation>L’empreinte de chaque événement couvre son contenu et l’empreinte de l’événement précédent&#xa0;; l’empreinte de tête ci-dessus identifie toute la chaîne jusqu’à lui. «&#xa0;attest audit verify&#xa0;» affiche la même tête pour le même espace de travail.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>The range holds %1 events; an extract takes at most %2. Choose a shorter range of days.</source>
        <translation>La période compte %1 événements&#xa0;; un extrait en contient au plus %2. Choisissez une période plus courte.</translation>
    </message>
    <message>
        <source>Inherent → residual</source>
        <translation>Inhérent → résiduel</translation>
    </message>
</context>
<context>
    <name>ReportContext</name>
    <message>
        <source>%1 (account %2)</source>
        <translation>%1 (compte %2)</translation>
    </message>
</context>
<context>
    <name>ReportSupport</name>
    <message>
        <source>There is no AI system with id %1.</source>
        <translation>Il n’existe aucun système d’IA d’identifiant %1.</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>Inhérent</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Résiduel</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>As at %1</source>
        <translation>Au %1</translation>
    </message>
</context>
<context>
    <name>ReportTypes</name>
    <message>
        <source>Executive compliance summary</source>
        <translation>Synthèse de conformité pour la direction</translation>
    </message>
    <message>
        <source>AI system dossier (EU AI Act Annex IV)</source>
        <translation>Dossier du système d’IA (règlement européen sur l’IA, annexe IV)</translation>
    </message>
    <message>
        <source>Statement of Applicability (ISO/IEC 27001:2022)</source>
        <translation>Déclaration d’applicabilité (ISO/IEC 27001:2022)</translation>
    </message>
    <message>
        <source>Record of processing activities (GDPR Art. 30)</source>
        <translation>Registre des activités de traitement (RGPD art. 30)</translation>
    </message>
    <message>
        <source>Data protection impact assessment (GDPR Art. 35)</source>
        <translation>Analyse d’impact relative à la protection des données (RGPD art. 35)</translation>
    </message>
    <message>
        <source>HIPAA Security Rule risk analysis</source>
        <translation>Analyse des risques selon la HIPAA Security Rule</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Registre des risques</translation>
    </message>
    <message>
        <source>Remediation plan</source>
        <translation>Plan de remédiation</translation>
    </message>
    <message>
        <source>Interview record</source>
        <translation>Compte rendu d’entretien</translation>
    </message>
    <message>
        <source>Audit-trail extract</source>
        <translation>Extrait de la piste d’audit</translation>
    </message>
    <message>
        <source>There is no report “%1”; the reports are %2.</source>
        <translation>Il n’existe pas de rapport «&#xa0;%1&#xa0;»&#xa0;; les rapports disponibles sont %2.</translation>
    </message>
    <message>
        <source>The %1 is about one AI system: choose it.</source>
        <translation>«&#xa0;%1&#xa0;» porte sur un seul système d’IA&#xa0;: veuillez le choisir.</translation>
    </message>
    <message>
        <source>The %1 is about one interview session: choose it.</source>
        <translation>«&#xa0;%1&#xa0;» porte sur une seule session d’entretien&#xa0;: veuillez la choisir.</translation>
    </message>
</context>
<context>
    <name>RiskExport</name>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>Inhérent</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Résiduel</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>RiskImport</name>
    <message>
        <source>Problems found: %1; nothing was imported.</source>
        <translation>Problèmes détectés&#xa0;: %1&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Threats not in the threat catalog: %1; nothing was imported. Agree to add them, or correct their names.</source>
        <translation>Menaces absentes du catalogue des menaces&#xa0;: %1&#xa0;; rien n’a été importé. Accepter de les ajouter, ou corriger leurs noms.</translation>
    </message>
    <message>
        <source>AI system (code or name)</source>
        <translation>Système d’IA (code ou nom)</translation>
    </message>
    <message>
        <source>Threat (name or code)</source>
        <translation>Menace (nom ou code)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Affected assets</source>
        <translation>Actifs concernés</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Vraisemblance</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Treating controls</source>
        <translation>Mesures de traitement</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>Vraisemblance résiduelle</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>Impact résiduel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Accepté par</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Accepté le</translation>
    </message>
    <message>
        <source>Acceptance justification</source>
        <translation>Justification de l’acceptation</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row and one row per risk.</source>
        <translation>Le fichier est vide&#xa0;: il faut une ligne d’en-tête et une ligne par risque.</translation>
    </message>
    <message>
        <source>the column mapping does not match the file&apos;s %1 columns</source>
        <translation>l’affectation des colonnes ne correspond pas aux %1 colonnes du fichier</translation>
    </message>
    <message>
        <source>the columns “%1” and “%2” are both read as %3; keep one</source>
        <translation>les colonnes «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» sont toutes deux lues comme %3&#xa0;; n’en garder qu’une</translation>
    </message>
    <message>
        <source>no column is read as %1: every risk needs it</source>
        <translation>aucune colonne n’est lue comme %1&#xa0;: chaque risque en a besoin</translation>
    </message>
    <message>
        <source>This workspace has no risk matrix yet.</source>
        <translation>Cet espace de travail n’a pas encore de matrice des risques.</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation>la ligne a %1 champs alors que l’en-tête en a %2</translation>
    </message>
    <message>
        <source>the AI system is empty</source>
        <translation>le système d’IA est vide</translation>
    </message>
    <message>
        <source>“%1” is the name of %2 AI systems; give the system&apos;s code</source>
        <translation>«&#xa0;%1&#xa0;» est le nom de %2 systèmes d’IA&#xa0;; indiquer le code du système</translation>
    </message>
    <message>
        <source>the AI system “%1” is not in the inventory (neither a code nor a name)</source>
        <translation>le système d’IA «&#xa0;%1&#xa0;» n’est pas dans l’inventaire (ni comme code ni comme nom)</translation>
    </message>
    <message>
        <source>the threat is empty</source>
        <translation>la menace est vide</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1&#xa0;: champ vide</translation>
    </message>
    <message>
        <source>%1 “%2” is neither a step from 1 to %3 nor one of: %4</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est ni un échelon de 1 à %3 ni l’une de ces valeurs&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 “%2”: the number and the name disagree</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;»&#xa0;: le numéro et le nom ne concordent pas</translation>
    </message>
    <message>
        <source>“%1” is not an asset: training data, model, pipeline, inference endpoint or outputs</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un actif&#xa0;: données d’entraînement, modèle, pipeline, point de terminaison d’inférence ou sorties</translation>
    </message>
    <message>
        <source>“%1” is not a treatment: mitigate, accept, transfer or avoid</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un traitement&#xa0;: atténuer, accepter, transférer ou éviter</translation>
    </message>
    <message>
        <source>“%1” is not a risk status: open, treating, accepted or closed</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un statut de risque&#xa0;: ouvert, en cours de traitement, accepté ou clos</translation>
    </message>
    <message>
        <source>the control “%1” is not in the control library</source>
        <translation>la mesure «&#xa0;%1&#xa0;» n’est pas dans la bibliothèque de mesures</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date; write it as YYYY-MM-DD</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une date&#xa0;; l’écrire au format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>this risk is already in the register (risk %1): same system, threat and scenario</source>
        <translation>ce risque figure déjà au registre (risque %1)&#xa0;: même système, même menace et même scénario</translation>
    </message>
    <message>
        <source>the same system, threat and scenario as line %1</source>
        <translation>même système, même menace et même scénario qu’à la ligne %1</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>Le fichier a une ligne d’en-tête, mais aucune ligne de données.</translation>
    </message>
    <message>
        <source>The risk matrix changed after the file was checked; check the file again.</source>
        <translation>La matrice des risques a changé après la vérification du fichier&#xa0;; vérifier à nouveau le fichier.</translation>
    </message>
    <message>
        <source>Import a risk register from %1 (%2 risks)</source>
        <translation>Importer un registre des risques depuis %1 (%2 risques)</translation>
    </message>
    <message>
        <source>Import a risk register from %1 (%2 risks, %3 new threats)</source>
        <translation>Importer un registre des risques depuis %1 (%2 risques, %3 nouvelles menaces)</translation>
    </message>
    <message>
        <source>Added by the import of %1; describe it in the threat catalog.</source>
        <translation>Ajoutée lors de l’import de %1&#xa0;; la décrire dans le catalogue des menaces.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L’import a été annulé&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Rows read: %1; new risks: %2.</source>
        <translation>Lignes lues&#xa0;: %1&#xa0;; nouveaux risques&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Rows read: %1; new risks: %2; new threats: %3.</source>
        <translation>Lignes lues&#xa0;: %1&#xa0;; nouveaux risques&#xa0;: %2&#xa0;; nouvelles menaces&#xa0;: %3.</translation>
    </message>
    <message>
        <source>line %1: this risk was added to the register meanwhile (risk %2); nothing was imported. Check the file again.</source>
        <translation>ligne %1&#xa0;: ce risque a été ajouté au registre entre-temps (risque %2)&#xa0;; rien n’a été importé. Vérifiez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RiskMatrix</name>
    <message>
        <source>Rare</source>
        <translation>Rare</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>Peu probable</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Possible</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Probable</translation>
    </message>
    <message>
        <source>Almost certain</source>
        <translation>Quasi certain</translation>
    </message>
    <message>
        <source>Negligible</source>
        <translation>Négligeable</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineur</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Majeur</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>A scale has 2 to 10 steps.</source>
        <translation>Une échelle compte de 2 à 10 échelons.</translation>
    </message>
    <message>
        <source>Every step of a scale needs a name.</source>
        <translation>Chaque échelon d’une échelle doit avoir un nom.</translation>
    </message>
    <message>
        <source>The matrix needs at least one level.</source>
        <translation>La matrice doit avoir au moins un niveau.</translation>
    </message>
    <message>
        <source>Every level needs a name.</source>
        <translation>Chaque niveau doit avoir un nom.</translation>
    </message>
    <message>
        <source>The levels must cover the scores 1 to %1 in order, without gaps or overlaps (“%2” starts at %3, expected %4).</source>
        <translation>Les niveaux doivent couvrir les scores de 1 à %1 dans l’ordre, sans trou ni chevauchement («&#xa0;%2&#xa0;» commence à %3, %4 attendu).</translation>
    </message>
    <message>
        <source>The colour of “%1” is not a colour like #c0302a.</source>
        <translation>La couleur de «&#xa0;%1&#xa0;» n’est pas une couleur de la forme #c0302a.</translation>
    </message>
    <message>
        <source>The levels must reach the highest score, %1.</source>
        <translation>Les niveaux doivent aller jusqu’au score le plus élevé, %1.</translation>
    </message>
    <message>
        <source>The acceptance threshold must be a score from 1 to %1.</source>
        <translation>Le seuil d’acceptation doit être un score de 1 à %1.</translation>
    </message>
    <message>
        <source>likelihood %1 %2 × impact %3 %4 = %5 → %6</source>
        <translation>vraisemblance %1 %2 × impact %3 %4 = %5 → %6</translation>
    </message>
</context>
<context>
    <name>RiskRepository</name>
    <message>
        <source>The threat catalog could not be read.</source>
        <translation>Le catalogue des menaces n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The risk register could not be read.</source>
        <translation>Le registre des risques n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The risk matrix could not be read.</source>
        <translation>La matrice des risques n’a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>RiskService</name>
    <message>
        <source>Cannot read the threat catalog file “%1”.</source>
        <translation>Impossible de lire le fichier du catalogue des menaces «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The threat catalog file “%1” is damaged.</source>
        <translation>Le fichier du catalogue des menaces «&#xa0;%1&#xa0;» est endommagé.</translation>
    </message>
    <message>
        <source>The threat catalog could not be read.</source>
        <translation>Le catalogue des menaces n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Load the AI threat catalog (release %1)</source>
        <translation>Charger le catalogue des menaces de l’IA (version %1)</translation>
    </message>
    <message>
        <source>Default 5 × 5 matrix</source>
        <translation>Matrice 5 × 5 par défaut</translation>
    </message>
    <message>
        <source>A threat needs a code and a name.</source>
        <translation>Une menace a besoin d’un code et d’un nom.</translation>
    </message>
    <message>
        <source>There is already a threat %1; choose another code.</source>
        <translation>Il existe déjà une menace %1&#xa0;; choisir un autre code.</translation>
    </message>
    <message>
        <source>Add threat %1</source>
        <translation>Ajouter la menace %1</translation>
    </message>
    <message>
        <source>Save risk matrix version %1</source>
        <translation>Enregistrer la version %1 de la matrice des risques</translation>
    </message>
    <message>
        <source>A risk belongs to an AI system.</source>
        <translation>Un risque appartient à un système d’IA.</translation>
    </message>
    <message>
        <source>A risk names the threat it comes from.</source>
        <translation>Un risque cite la menace dont il découle.</translation>
    </message>
    <message>
        <source>Likelihood and impact must be steps of the risk matrix: 1 to %1 and 1 to %2.</source>
        <translation>La vraisemblance et l’impact doivent être des échelons de la matrice des risques&#xa0;: de 1 à %1 et de 1 à %2.</translation>
    </message>
    <message>
        <source>A residual assessment needs both likelihood and impact.</source>
        <translation>Une évaluation résiduelle exige à la fois la vraisemblance et l’impact.</translation>
    </message>
    <message>
        <source>Residual likelihood and impact must be steps of the risk matrix.</source>
        <translation>La vraisemblance et l’impact résiduels doivent être des échelons de la matrice des risques.</translation>
    </message>
    <message>
        <source>“%1” is not a treatment: mitigate, accept, transfer or avoid.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un traitement&#xa0;: atténuer, accepter, transférer ou éviter.</translation>
    </message>
    <message>
        <source>“%1” is not a risk status.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un statut de risque.</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Accepté le</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date; write it as YYYY-MM-DD.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une date&#xa0;; l’écrire au format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>“%1” is not an asset: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un actif&#xa0;: %2.</translation>
    </message>
    <message>
        <source>A %1 risk (score %2) is above the acceptance threshold (%3): accepting it needs an approver, a date and a justification.</source>
        <translation>Un risque de niveau %1 (score %2) dépasse le seuil d’acceptation (%3)&#xa0;: l’accepter exige un approbateur, une date et une justification.</translation>
    </message>
    <message>
        <source>This workspace has no risk matrix yet.</source>
        <translation>Cet espace de travail n’a pas encore de matrice des risques.</translation>
    </message>
    <message>
        <source>Add a risk</source>
        <translation>Ajouter un risque</translation>
    </message>
    <message>
        <source>Edit a risk</source>
        <translation>Modifier un risque</translation>
    </message>
    <message>
        <source>Remove a risk</source>
        <translation>Supprimer un risque</translation>
    </message>
    <message>
        <source>Risk matrix version %1 was saved while you edited version %2; close the editor and make your change on the new version.</source>
        <translation>La version %1 de la matrice des risques a été enregistrée pendant que vous modifiiez la version %2&#xa0;; fermez l’éditeur et apportez votre modification à la nouvelle version.</translation>
    </message>
</context>
<context>
    <name>RiskText</name>
    <message>
        <source>Training data</source>
        <translation>Données d’entraînement</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Chaîne de traitement (pipeline)</translation>
    </message>
    <message>
        <source>Inference endpoint</source>
        <translation>Point de terminaison d’inférence</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation>Atténuer</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Éviter</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Non décidé</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Being treated</source>
        <translation>En cours de traitement</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>The cryptography library (libsodium) could not start: signing is not available.</source>
        <translation>La bibliothèque de cryptographie (libsodium) n’a pas pu démarrer&#xa0;: la signature n’est pas disponible.</translation>
    </message>
    <message>
        <source>A new signing key could not be made.</source>
        <translation>Impossible de créer une nouvelle clé de signature.</translation>
    </message>
    <message>
        <source>The stored signing key is damaged (it is not 32 bytes long).</source>
        <translation>La clé de signature stockée est endommagée (elle ne fait pas 32 octets).</translation>
    </message>
    <message>
        <source>The signing key could not be loaded.</source>
        <translation>La clé de signature n’a pas pu être chargée.</translation>
    </message>
</context>
<context>
    <name>SigningKeyStore</name>
    <message>
        <source>The keychain refused access to the signing key (%1). Unlock the keychain (on Linux, the login keyring) and try again.</source>
        <translation>Le trousseau a refusé l’accès à la clé de signature (%1). Déverrouillez le trousseau (sous Linux, le trousseau de connexion) et réessayez.</translation>
    </message>
    <message>
        <source>No keychain is available to hold the signing key (%1). Attest keeps its signing key only in the operating system&apos;s keychain: on Linux, a Secret Service such as GNOME Keyring or KWallet in a desktop session.</source>
        <translation>Aucun trousseau n’est disponible pour conserver la clé de signature (%1). Attest ne conserve sa clé de signature que dans le trousseau du système d’exploitation&#xa0;: sous Linux, un Secret Service tel que GNOME Keyring ou KWallet dans une session de bureau.</translation>
    </message>
    <message>
        <source>The signing key in the keychain is damaged; Attest will not replace it by itself. Remove the keychain entry “%1” of “%2” to make a new key.</source>
        <translation>La clé de signature du trousseau est endommagée&#xa0;; Attest ne la remplacera pas de lui-même. Supprimez l’entrée «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» du trousseau pour créer une nouvelle clé.</translation>
    </message>
    <message>
        <source>There is no signing key in this keychain yet.</source>
        <translation>Ce trousseau ne contient pas encore de clé de signature.</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds; it may be waiting to be unlocked.</source>
        <translation>Le trousseau n’a pas répondu dans un délai de %1&#xa0;secondes&#xa0;; il attend peut-être d’être déverrouillé.</translation>
    </message>
    <message>
        <source>The signing key is not the one named on the report&apos;s cover; generate the report again.</source>
        <translation>La clé de signature n’est pas celle indiquée sur la page de garde&#xa0;; générez à nouveau le rapport.</translation>
    </message>
</context>
<context>
    <name>SigningPublicKey</name>
    <message>
        <source>An Ed25519 public key is 32 bytes long.</source>
        <translation>Une clé publique Ed25519 fait 32 octets.</translation>
    </message>
    <message>
        <source>Attest report-signing public key (Ed25519). Check a signed report with:</source>
        <translation>Clé publique Attest de signature des rapports (Ed25519). Vérifier un rapport signé avec&#xa0;:</translation>
    </message>
    <message>
        <source>attest verify REPORT.pdf --pubkey THIS-FILE</source>
        <translation>attest verify RAPPORT.pdf --pubkey CE-FICHIER</translation>
    </message>
    <message>
        <source>This is not an Attest public key file: %1.</source>
        <translation>Ce n’est pas un fichier de clé publique Attest&#xa0;: %1.</translation>
    </message>
    <message>
        <source>“%1” is not a field of this format</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un champ de ce format</translation>
    </message>
    <message>
        <source>it needs both “Key” and “Fingerprint”</source>
        <translation>il doit contenir à la fois «&#xa0;Key&#xa0;» et «&#xa0;Fingerprint&#xa0;»</translation>
    </message>
    <message>
        <source>“Key” is not 32 bytes in base64</source>
        <translation>«&#xa0;Key&#xa0;» n’est pas une valeur base64 de 32 octets</translation>
    </message>
    <message>
        <source>its fingerprint does not match its key</source>
        <translation>son empreinte ne correspond pas à sa clé</translation>
    </message>
</context>
<context>
    <name>SigningText</name>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is in format “%1”, and this version of Attest reads “%2”</source>
        <translation>il est au format «&#xa0;%1&#xa0;», et cette version d’Attest lit «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>its first line is not “%1”</source>
        <translation>sa première ligne n’est pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>ce n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>line %1 is not “Name: value”</source>
        <translation>la ligne %1 n’est pas de la forme «&#xa0;Name: value&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” is given twice</source>
        <translation>«&#xa0;%1&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>“%1” is far too large to be a signature or key file.</source>
        <translation>«&#xa0;%1&#xa0;» est bien trop volumineux pour être un fichier de signature ou de clé.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SoaReport</name>
    <message>
        <source>Statement of Applicability — ISO/IEC 27001:2022</source>
        <translation>Déclaration d’applicabilité — ISO/IEC 27001:2022</translation>
    </message>
    <message>
        <source>The information security management system, Annex A controls (ISO/IEC 27001:2022)</source>
        <translation>Le système de management de la sécurité de l’information, mesures de l’annexe A (ISO/IEC 27001:2022)</translation>
    </message>
    <message>
        <source>As at %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Annex A controls</source>
        <translation>Mesures de l’annexe A</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>Applicable</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>With a recorded decision</source>
        <translation>Avec une décision enregistrée</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>Partiellement mise en œuvre</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Non mise en œuvre</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évaluée</translation>
    </message>
    <message>
        <source>Implementation is derived from the organisation-wide implementation of the controls mapped to each Annex A control, or taken from a justified manual assessment. Controls marked not applicable carry the justification recorded in the workspace.</source>
        <translation>La mise en œuvre découle de la mise en œuvre à l’échelle de l’organisation des contrôles associés à chaque mesure de l’annexe A, ou d’une évaluation manuelle justifiée. Les mesures déclarées non applicables portent la justification enregistrée dans l’espace de travail.</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Implemented by</source>
        <translation>Mise en œuvre par</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Annex A</source>
        <translation>Annexe A</translation>
    </message>
</context>
<context>
    <name>StatementOfApplicability</name>
    <message>
        <source>Implemented</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>Partiellement mise en œuvre</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Non mise en œuvre</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>This workspace has no ISO/IEC 27001:2022 catalog.</source>
        <translation>Cet espace de travail n’a pas de catalogue ISO/IEC 27001:2022.</translation>
    </message>
    <message>
        <source>The Statement of Applicability could not be read.</source>
        <translation>La déclaration d’applicabilité n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (expired %2)</source>
        <translation>%1 (expirée le %2)</translation>
    </message>
</context>
<context>
    <name>SystemDialog</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Exploitation</translation>
    </message>
</context>
<context>
    <name>SystemExport</name>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>SystemImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Problems found: %1; nothing was imported.</source>
        <translation>Problèmes détectés&#xa0;: %1&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row and one row per AI system.</source>
        <translation>Le fichier est vide&#xa0;: il faut une ligne d&apos;en-tête et une ligne par système d&apos;IA.</translation>
    </message>
    <message>
        <source>the column “%1” is not a field of an AI system (known columns: %2)</source>
        <translation>la colonne «&#xa0;%1&#xa0;» n&apos;est pas un champ d&apos;un système d&apos;IA (colonnes connues&#xa0;: %2)</translation>
    </message>
    <message>
        <source>the column “%1” appears twice</source>
        <translation>la colonne «&#xa0;%1&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <source>there is no “code” column: every row needs a unique code</source>
        <translation>il n&apos;y a pas de colonne «&#xa0;code&#xa0;»&#xa0;: chaque ligne doit avoir un code unique</translation>
    </message>
    <message>
        <source>the code is empty</source>
        <translation>le code est vide</translation>
    </message>
    <message>
        <source>the code “%1” already appears on line %2</source>
        <translation>le code «&#xa0;%1&#xa0;» figure déjà à la ligne %2</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>Le fichier a une ligne d&apos;en-tête, mais aucune ligne de données.</translation>
    </message>
    <message>
        <source>Import AI systems from %1 (%2 new, %3 updated)</source>
        <translation>Importer des systèmes d&apos;IA depuis %1 (%2 nouveaux, %3 mis à jour)</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L&apos;import a été annulé&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Rows read: %1; %2 new, %3 updated, %4 unchanged.</source>
        <translation>Lignes lues&#xa0;: %1&#xa0;; %2 nouvelles, %3 mises à jour, %4 inchangées.</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation>la ligne a %1 champs alors que l’en-tête en a %2</translation>
    </message>
</context>
<context>
    <name>SystemRecordRepository</name>
    <message>
        <source>The %1 could not be read.</source>
        <translation>La section «&#xa0;%1&#xa0;» n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>“%1” is not a field of the %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un champ de la section «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The AI system no longer exists; it may have been deleted.</source>
        <translation>Le système d’IA n’existe plus&#xa0;; il a peut-être été supprimé.</translation>
    </message>
</context>
<context>
    <name>SystemReports</name>
    <message>
        <source>Framework</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>S’applique</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Proposed: %1</source>
        <translation>Proposé&#xa0;: %1</translation>
    </message>
    <message>
        <source>AI system dossier</source>
        <translation>Dossier du système d’IA</translation>
    </message>
    <message>
        <source>AI system %1</source>
        <translation>Système d’IA %1</translation>
    </message>
    <message>
        <source>About this dossier</source>
        <translation>À propos de ce dossier</translation>
    </message>
    <message>
        <source>The record of one AI system, arranged after the nine sections of the technical documentation in Annex IV of the EU AI Act (Regulation (EU) 2024/1689), followed by its controls, evidence, open findings and the changes recorded in the audit trail. Items the workspace does not hold are marked &quot;not recorded&quot;.</source>
        <translation>La fiche d’un système d’IA, organisée selon les neuf sections de la documentation technique de l’annexe IV du règlement européen sur l’IA (règlement (UE) 2024/1689), suivie de ses mesures, de ses preuves, de ses constats ouverts et des modifications consignées dans la piste d’audit. Les éléments que l’espace de travail ne contient pas sont signalés par «&#xa0;non renseigné&#xa0;».</translation>
    </message>
    <message>
        <source>EU AI Act risk tier</source>
        <translation>Niveau de risque (règlement européen sur l’IA)</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Étape du cycle de vie</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Responsable métier</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Responsable technique</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Unité opérationnelle</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <source>%1 version %2: %3</source>
        <translation>%1 version %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(aucune indication)</translation>
    </message>
    <message>
        <source>1. General description</source>
        <translation>1. Description générale</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Intended purpose</source>
        <translation>Finalité prévue</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Interaction with other hardware, software and AI systems</source>
        <translation>Interaction avec d’autres matériels, logiciels et systèmes d’IA</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>%1 %2: %3 on %4</source>
        <translation>%1 %2&#xa0;: %3 le %4</translation>
    </message>
    <message>
        <source>tested</source>
        <translation>testé</translation>
    </message>
    <message>
        <source>2. Elements and development process</source>
        <translation>2. Éléments et processus de développement</translation>
    </message>
    <message>
        <source>Model type</source>
        <translation>Type de modèle</translation>
    </message>
    <message>
        <source>Pre-trained models and third-party tools</source>
        <translation>Modèles pré-entraînés et outils tiers</translation>
    </message>
    <message>
        <source>Data and provenance</source>
        <translation>Données et provenance</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <source>Human oversight</source>
        <translation>Contrôle humain</translation>
    </message>
    <message>
        <source>Tests of the controls it relies on</source>
        <translation>Tests des mesures sur lesquelles il s’appuie</translation>
    </message>
    <message>
        <source>Validated changes</source>
        <translation>Modifications validées</translation>
    </message>
    <message>
        <source>%1 version %2, validated by %3</source>
        <translation>%1 version %2, validée par %3</translation>
    </message>
    <message>
        <source>Cybersecurity and other implemented controls</source>
        <translation>Cybersécurité et autres mesures mises en œuvre</translation>
    </message>
    <message>
        <source>%1 controls (listed in “Controls and their status”)</source>
        <translation>%1 mesures (listées dans «&#xa0;Mesures et leur statut&#xa0;»)</translation>
    </message>
    <message>
        <source>3. Monitoring, functioning and control</source>
        <translation>3. Surveillance, fonctionnement et contrôle</translation>
    </message>
    <message>
        <source>Monitoring in place</source>
        <translation>Surveillance en place</translation>
    </message>
    <message>
        <source>Human oversight measures</source>
        <translation>Mesures de contrôle humain</translation>
    </message>
    <message>
        <source>Automated decisions (GDPR Art. 22)</source>
        <translation>Décisions automatisées (RGPD art. 22)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>4. Performance metrics</source>
        <translation>4. Métriques de performance</translation>
    </message>
    <message>
        <source>5. Risk management system</source>
        <translation>5. Système de gestion des risques</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Non clôturés</translation>
    </message>
    <message>
        <source>6. Changes over the lifecycle</source>
        <translation>6. Modifications au cours du cycle de vie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Validated by</source>
        <translation>Validé par</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Changes to this record in the audit trail (newest first)</source>
        <translation>Modifications de cette fiche dans la piste d’audit (les plus récentes d’abord)</translation>
    </message>
    <message>
        <source>The newest %1 of %2 events; the audit-trail extract report gives every one.</source>
        <translation>Les %1 événements les plus récents sur %2&#xa0;; le rapport «&#xa0;Extrait de la piste d’audit&#xa0;» les contient tous.</translation>
    </message>
    <message>
        <source>7. Frameworks and standards applied</source>
        <translation>7. Référentiels et normes appliqués</translation>
    </message>
    <message>
        <source>Framework coverage</source>
        <translation>Couverture des référentiels</translation>
    </message>
    <message>
        <source>8. EU declaration of conformity</source>
        <translation>8. Déclaration UE de conformité</translation>
    </message>
    <message>
        <source>9. Post-market monitoring</source>
        <translation>9. Surveillance après commercialisation</translation>
    </message>
    <message>
        <source>Controls and their status</source>
        <translation>Mesures et leur statut</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Dernier test</translation>
    </message>
    <message>
        <source>This system</source>
        <translation>Ce système</translation>
    </message>
    <message>
        <source>Organisation-wide</source>
        <translation>Pour l’organisation</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Fichier %1</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Link %1</source>
        <translation>Lien %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Collected %1; valid until %2</source>
        <translation>Recueillie le %1&#xa0;; valable jusqu’au %2</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expirée)</translation>
    </message>
    <message>
        <source>Evidence linked to this system, and the organisation-wide evidence of the controls it relies on. A file&apos;s SHA-256 is the one recorded when it was stored; Attest checks it whenever the file is read back.</source>
        <translation>Preuves liées à ce système, ainsi que les preuves à l’échelle de l’organisation des mesures sur lesquelles il s’appuie. Le SHA-256 d’un fichier est celui enregistré lors de son stockage&#xa0;; Attest le vérifie à chaque relecture du fichier.</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Constats ouverts</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>No open findings.</source>
        <translation>Aucun constat ouvert.</translation>
    </message>
    <message>
        <source>There is no AI system with id %1.</source>
        <translation>Il n’existe aucun système d’IA d’identifiant %1.</translation>
    </message>
    <message>
        <source>The HIPAA Security Rule catalog is not in this workspace; load the shipped catalogs first.</source>
        <translation>Le catalogue de la HIPAA Security Rule ne figure pas dans cet espace de travail&#xa0;; chargez d’abord les catalogues fournis.</translation>
    </message>
    <message>
        <source>HIPAA Security Rule risk analysis</source>
        <translation>Analyse des risques selon la HIPAA Security Rule</translation>
    </message>
    <message>
        <source>AI system %1, which handles ePHI</source>
        <translation>Système d’IA %1, qui traite des ePHI</translation>
    </message>
    <message>
        <source>AI system %1 (its inventory entry does not record ePHI)</source>
        <translation>Système d’IA %1 (son entrée d’inventaire ne mentionne pas d’ePHI)</translation>
    </message>
    <message>
        <source>No AI system in force handles ePHI</source>
        <translation>Aucun système d’IA en service ne traite d’ePHI</translation>
    </message>
    <message>
        <source>AI systems handling ePHI: %1</source>
        <translation>Systèmes d’IA traitant des ePHI&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scope and method</source>
        <translation>Périmètre et méthode</translation>
    </message>
    <message>
        <source>An assessment of the potential risks and vulnerabilities to the confidentiality, integrity and availability of electronic protected health information (ePHI) held by the AI systems below, as 45 CFR 164.308(a)(1)(ii)(A) requires (Risk analysis, Required). The elements follow the guidance of the HHS Office for Civil Rights.</source>
        <translation>Une évaluation des risques et vulnérabilités potentiels pesant sur la confidentialité, l’intégrité et la disponibilité des informations de santé protégées électroniques (ePHI) détenues par les systèmes d’IA ci-dessous, comme l’exige le 45 CFR 164.308(a)(1)(ii)(A) (Risk analysis, Obligatoire). Les éléments suivent les orientations de l’Office for Civil Rights du HHS.</translation>
    </message>
    <message>
        <source>%1: %2; %3</source>
        <translation>%1&#xa0;: %2&#xa0;; %3</translation>
    </message>
    <message>
        <source>deployment not recorded</source>
        <translation>déploiement non renseigné</translation>
    </message>
    <message>
        <source>data sources not recorded</source>
        <translation>sources de données non renseignées</translation>
    </message>
    <message>
        <source>1. Scope</source>
        <translation>1. Périmètre</translation>
    </message>
    <message>
        <source>2. Where ePHI is stored, received, maintained and transmitted</source>
        <translation>2. Où les ePHI sont stockées, reçues, conservées et transmises</translation>
    </message>
    <message>
        <source>3. Threats and vulnerabilities</source>
        <translation>3. Menaces et vulnérabilités</translation>
    </message>
    <message>
        <source>The risk register of each system (below).</source>
        <translation>Le registre des risques de chaque système (ci-dessous).</translation>
    </message>
    <message>
        <source>4. Current security measures</source>
        <translation>4. Mesures de sécurité actuelles</translation>
    </message>
    <message>
        <source>The status of each Security Rule standard and implementation specification (below).</source>
        <translation>Le statut de chaque standard et de chaque spécification de mise en œuvre de la Security Rule (ci-dessous).</translation>
    </message>
    <message>
        <source>5–7. Likelihood, impact and risk level</source>
        <translation>5–7. Vraisemblance, impact et niveau de risque</translation>
    </message>
    <message>
        <source>Scored on the organisation&apos;s risk matrix; corrective actions are each risk&apos;s treatment and controls.</source>
        <translation>Coté selon la matrice des risques de l’organisation&#xa0;; les actions correctives sont le traitement et les mesures de chaque risque.</translation>
    </message>
    <message>
        <source>8. Documentation</source>
        <translation>8. Documentation</translation>
    </message>
    <message>
        <source>This document, generated from the workspace named on the cover.</source>
        <translation>Le présent document, généré à partir de l’espace de travail indiqué en couverture.</translation>
    </message>
    <message>
        <source>%1: next review %2</source>
        <translation>%1&#xa0;: prochaine revue le %2</translation>
    </message>
    <message>
        <source>Available to (164.316(b)(2)(ii))</source>
        <translation>Mis à disposition de (164.316(b)(2)(ii))</translation>
    </message>
    <message>
        <source>Those responsible for the procedures it concerns: %1</source>
        <translation>Les responsables des procédures concernées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Keep until (164.316(b)(2)(i))</source>
        <translation>Conserver jusqu’au (164.316(b)(2)(i))</translation>
    </message>
    <message>
        <source>At least %1: six years from creation or from when it was last in effect, whichever is later.</source>
        <translation>Au moins jusqu’au %1&#xa0;: six ans à compter de sa création ou de la date à laquelle il était en vigueur pour la dernière fois, la date la plus tardive étant retenue.</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Standard or specification</source>
        <translation>Standard ou spécification</translation>
    </message>
    <message>
        <source>R/A</source>
        <translation>O/A</translation>
    </message>
    <message>
        <source>%1: safeguards</source>
        <translation>%1&#xa0;: garanties</translation>
    </message>
    <message>
        <source>%1 safeguards</source>
        <translation>Garanties (%1)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Addressable</source>
        <translation>Adressable</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Partially compliant</source>
        <translation>Partiellement conforme</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>%1: threats, vulnerabilities and risk levels</source>
        <translation>%1&#xa0;: menaces, vulnérabilités et niveaux de risque</translation>
    </message>
    <message>
        <source>9. Periodic review and update (164.316(b)(2)(iii))</source>
        <translation>9. Révision et mise à jour périodiques (164.316(b)(2)(iii))</translation>
    </message>
</context>
<context>
    <name>SystemRepository</name>
    <message>
        <source>The code “%1” is already used by another AI system.</source>
        <translation>Le code «&#xa0;%1&#xa0;» est déjà utilisé par un autre système d&apos;IA.</translation>
    </message>
    <message>
        <source>The inventory could not be read.</source>
        <translation>Impossible de lire l&apos;inventaire.</translation>
    </message>
    <message>
        <source>The AI system no longer exists; it may have been deleted.</source>
        <translation>Le système d&apos;IA n&apos;existe plus&#xa0;; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>Create AI system %1</source>
        <translation>Créer le système d&apos;IA %1</translation>
    </message>
    <message>
        <source>Edit AI system %1</source>
        <translation>Modifier le système d&apos;IA %1</translation>
    </message>
    <message>
        <source>Retire AI system %1</source>
        <translation>Mettre hors service le système d&apos;IA %1</translation>
    </message>
    <message>
        <source>Delete AI system %1</source>
        <translation>Supprimer le système d&apos;IA %1</translation>
    </message>
    <message>
        <source>This AI system has %1 compliance record(s) (frameworks, controls, assessments, evidence, findings, risks, a data-protection record or technical documentation). Retire it instead: retiring keeps the system and its history.</source>
        <translation>Ce système d’IA comporte des enregistrements de conformité (nombre&#xa0;: %1&#xa0;; référentiels, mesures, évaluations, preuves, constats, risques, fiche de protection des données ou documentation technique). Mettez-le plutôt hors service&#xa0;: la mise hors service conserve le système et son historique.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>TierAssistant</name>
    <message>
        <source>Does it use subliminal, manipulative or deceptive techniques that distort people&apos;s behaviour and can cause significant harm?</source>
        <translation>Utilise-t-il des techniques subliminales, manipulatrices ou trompeuses qui altèrent le comportement des personnes et peuvent causer un préjudice important&#xa0;?</translation>
    </message>
    <message>
        <source>Does it exploit vulnerabilities due to age, disability or a social or economic situation in a way that can cause significant harm?</source>
        <translation>Exploite-t-il des vulnérabilités dues à l’âge, au handicap ou à une situation sociale ou économique d’une manière susceptible de causer un préjudice important&#xa0;?</translation>
    </message>
    <message>
        <source>Does it score or classify people by their social behaviour or personal traits, leading to unjustified or disproportionate detrimental treatment (social scoring)?</source>
        <translation>Évalue-t-il ou classe-t-il des personnes en fonction de leur comportement social ou de leurs caractéristiques personnelles, entraînant un traitement préjudiciable ou défavorable injustifié ou disproportionné (notation sociale)&#xa0;?</translation>
    </message>
    <message>
        <source>Does it predict whether a person will commit a crime based solely on profiling or personality traits?</source>
        <translation>Prédit-il si une personne commettra une infraction pénale, uniquement sur la base d’un profilage ou de traits de personnalité&#xa0;?</translation>
    </message>
    <message>
        <source>Does it build facial recognition databases by untargeted scraping of images from the internet or CCTV?</source>
        <translation>Constitue-t-il des bases de données de reconnaissance faciale par le moissonnage non ciblé d’images provenant de l’internet ou de la vidéosurveillance&#xa0;?</translation>
    </message>
    <message>
        <source>Does it infer emotions of people at work or in education (other than for medical or safety reasons)?</source>
        <translation>Infère-t-il les émotions de personnes sur le lieu de travail ou dans les établissements d’enseignement (hors raisons médicales ou de sécurité)&#xa0;?</translation>
    </message>
    <message>
        <source>Does it categorise people by biometric data to infer race, political opinions, union membership, religion, sex life or sexual orientation?</source>
        <translation>Catégorise-t-il des personnes à partir de données biométriques pour en déduire leur race, leurs opinions politiques, leur affiliation syndicale, leurs convictions religieuses, leur vie sexuelle ou leur orientation sexuelle&#xa0;?</translation>
    </message>
    <message>
        <source>Is it used for real-time remote biometric identification in publicly accessible spaces for law enforcement (outside the narrow exceptions)?</source>
        <translation>Est-il utilisé pour l’identification biométrique à distance en temps réel dans des espaces accessibles au public à des fins répressives (hors des exceptions strictement définies)&#xa0;?</translation>
    </message>
    <message>
        <source>Is it a product, or a safety component of a product, covered by the EU harmonisation legislation in Annex I (e.g. machinery, toys, medical devices, lifts, radio equipment, vehicles) that needs a third-party conformity assessment?</source>
        <translation>Est-il un produit, ou un composant de sécurité d’un produit, couvert par la législation d’harmonisation de l’Union énumérée à l’annexe I (p.&#xa0;ex. machines, jouets, dispositifs médicaux, ascenseurs, équipements radioélectriques, véhicules) et soumis à une évaluation de la conformité par un tiers&#xa0;?</translation>
    </message>
    <message>
        <source>Biometrics: remote biometric identification, biometric categorisation, or emotion recognition?</source>
        <translation>Biométrie&#xa0;: identification biométrique à distance, catégorisation biométrique ou reconnaissance des émotions&#xa0;?</translation>
    </message>
    <message>
        <source>Critical infrastructure: a safety component in managing digital infrastructure, road traffic, or the supply of water, gas, heating or electricity?</source>
        <translation>Infrastructures critiques&#xa0;: un composant de sécurité dans la gestion et l’exploitation d’infrastructures numériques, du trafic routier ou de la fourniture d’eau, de gaz, de chauffage ou d’électricité&#xa0;?</translation>
    </message>
    <message>
        <source>Education: deciding access or admission, evaluating learning outcomes, or monitoring students during tests?</source>
        <translation>Éducation et formation professionnelle&#xa0;: décider de l’accès ou de l’admission, évaluer les acquis d’apprentissage, ou surveiller les étudiants lors d’examens&#xa0;?</translation>
    </message>
    <message>
        <source>Employment: recruiting or selecting people (e.g. screening CVs, ranking candidates), deciding on promotion or termination, allocating tasks, or monitoring and evaluating workers?</source>
        <translation>Emploi et gestion de la main-d’œuvre&#xa0;: recruter ou sélectionner des personnes (p.&#xa0;ex. trier des CV, classer des candidats), décider d’une promotion ou d’un licenciement, attribuer des tâches, ou suivre et évaluer des travailleurs&#xa0;?</translation>
    </message>
    <message>
        <source>Essential services: eligibility for public benefits, creditworthiness or credit scoring, risk and pricing of life and health insurance, or prioritising emergency calls?</source>
        <translation>Services essentiels&#xa0;: éligibilité aux prestations d’aide sociale, solvabilité ou note de crédit, évaluation des risques et tarification en matière d’assurance-vie et d’assurance maladie, ou hiérarchisation des appels d’urgence&#xa0;?</translation>
    </message>
    <message>
        <source>Law enforcement: assessing the risk of victims or offenders, polygraphs, evaluating evidence, or profiling in criminal investigations?</source>
        <translation>Répression&#xa0;: évaluer le risque concernant des victimes ou des auteurs d’infractions, polygraphes, évaluer des preuves, ou profilage dans le cadre d’enquêtes pénales&#xa0;?</translation>
    </message>
    <message>
        <source>Migration, asylum and border control: risk assessments, examining applications, or identifying people?</source>
        <translation>Migration, asile et gestion des contrôles aux frontières&#xa0;: évaluations des risques, examen des demandes, ou identification de personnes&#xa0;?</translation>
    </message>
    <message>
        <source>Justice and democracy: assisting judges in researching and applying the law, or influencing elections and voting behaviour?</source>
        <translation>Administration de la justice et processus démocratiques&#xa0;: aider les juges à rechercher et à appliquer le droit, ou influencer des élections et le comportement électoral&#xa0;?</translation>
    </message>
    <message>
        <source>Does it only perform a narrow procedural task?</source>
        <translation>Accomplit-il uniquement une tâche procédurale étroite&#xa0;?</translation>
    </message>
    <message>
        <source>Does it only improve the result of an activity a person has already completed?</source>
        <translation>Améliore-t-il uniquement le résultat d’une activité humaine préalablement réalisée&#xa0;?</translation>
    </message>
    <message>
        <source>Does it only detect decision patterns or deviations, without replacing or influencing the human assessment made before it?</source>
        <translation>Détecte-t-il uniquement des constantes en matière de prise de décision ou des écarts, sans se substituer à l’évaluation humaine préalablement réalisée ni l’influencer&#xa0;?</translation>
    </message>
    <message>
        <source>Does it only perform a preparatory task for an assessment in one of those areas?</source>
        <translation>Exécute-t-il uniquement une tâche préparatoire en vue d’une évaluation dans l’un de ces domaines&#xa0;?</translation>
    </message>
    <message>
        <source>Does it profile natural persons? (Then the exceptions above do not apply.)</source>
        <translation>Effectue-t-il un profilage de personnes physiques&#xa0;? (Les exceptions ci-dessus ne s’appliquent alors pas.)</translation>
    </message>
    <message>
        <source>Is it a general-purpose AI model, able to perform a wide range of distinct tasks, that you place on the market or integrate?</source>
        <translation>S’agit-il d’un modèle d’IA à usage général, capable d’exécuter un large éventail de tâches distinctes, que l’organisation met sur le marché ou intègre&#xa0;?</translation>
    </message>
    <message>
        <source>Does it interact directly with people (e.g. a chatbot or voice assistant)?</source>
        <translation>Interagit-il directement avec des personnes (p.&#xa0;ex. un chatbot ou un assistant vocal)&#xa0;?</translation>
    </message>
    <message>
        <source>Does it generate or manipulate images, audio, video or text (including deepfakes, or text published to inform the public)?</source>
        <translation>Génère-t-il ou manipule-t-il des images, des contenus audio, des vidéos ou des textes (y compris des hypertrucages ou des textes publiés pour informer le public)&#xa0;?</translation>
    </message>
    <message>
        <source>Does it recognise emotions or categorise people by biometric data (where that is not prohibited)?</source>
        <translation>Reconnaît-il des émotions ou catégorise-t-il des personnes à partir de données biométriques (lorsque ce n’est pas interdit)&#xa0;?</translation>
    </message>
    <message>
        <source>Prohibited practices (Art. 5)</source>
        <translation>Pratiques interdites (art. 5)</translation>
    </message>
    <message>
        <source>Products under EU safety legislation (Annex I)</source>
        <translation>Produits relevant de la législation de sécurité de l’UE (annexe I)</translation>
    </message>
    <message>
        <source>High-risk areas (Annex III)</source>
        <translation>Domaines à haut risque (annexe III)</translation>
    </message>
    <message>
        <source>Exceptions for Annex III systems (Art. 6(3))</source>
        <translation>Exceptions pour les systèmes de l’annexe III (art. 6(3))</translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation>Profilage</translation>
    </message>
    <message>
        <source>General-purpose AI</source>
        <translation>IA à usage général</translation>
    </message>
    <message>
        <source>Transparency cases (Art. 50)</source>
        <translation>Cas de transparence (art. 50)</translation>
    </message>
    <message>
        <source>The transparency obligations of Art. 50 apply as well (%1).</source>
        <translation>Les obligations de transparence de l’art. 50 s’appliquent également (%1).</translation>
    </message>
    <message>
        <source>It falls under a prohibited practice (%1): it may not be placed on the market, put into service or used in the EU.</source>
        <translation>Il relève d’une pratique interdite (%1)&#xa0;: il ne peut être ni mis sur le marché, ni mis en service, ni utilisé dans l’UE.</translation>
    </message>
    <message>
        <source>It is a product or safety component under Annex I legislation needing third-party conformity assessment: high-risk under Art. 6(1).</source>
        <translation>Il s’agit d’un produit ou d’un composant de sécurité relevant de la législation de l’annexe I et soumis à une évaluation de la conformité par un tiers&#xa0;: haut risque au titre de l’art. 6(1).</translation>
    </message>
    <message>
        <source>It is used in a high-risk area listed in %1: high-risk under Art. 6(2).</source>
        <translation>Il est utilisé dans un domaine à haut risque énuméré (%1)&#xa0;: haut risque au titre de l’art. 6(2).</translation>
    </message>
    <message>
        <source>It profiles natural persons, so the Art. 6(3) exceptions (%1) do not apply.</source>
        <translation>Il effectue un profilage de personnes physiques&#xa0;: les exceptions de l’art. 6(3) (%1) ne s’appliquent donc pas.</translation>
    </message>
    <message>
        <source>It is used in a high-risk area (%1), but an Art. 6(3) exception applies (%2) and it does not profile people: not high-risk. Document this assessment (Art. 6(4)) and register it.</source>
        <translation>Il est utilisé dans un domaine à haut risque (%1), mais une exception de l’art. 6(3) s’applique (%2) et il n’effectue pas de profilage de personnes&#xa0;: pas de haut risque. Documenter cette évaluation (art. 6(4)) et enregistrer le système.</translation>
    </message>
    <message>
        <source>It is a general-purpose AI model: the obligations of Art. 53 apply (and Art. 55 if it has systemic risk).</source>
        <translation>Il s’agit d’un modèle d’IA à usage général&#xa0;: les obligations de l’art. 53 s’appliquent (et celles de l’art. 55 s’il présente un risque systémique).</translation>
    </message>
    <message>
        <source>It is a transparency case (%1): people must be told they deal with AI or AI-generated content.</source>
        <translation>Il s’agit d’un cas de transparence (%1)&#xa0;: les personnes doivent être informées qu’elles ont affaire à une IA ou à un contenu généré par IA.</translation>
    </message>
    <message>
        <source>None of the prohibited, high-risk, general-purpose or transparency cases applies: minimal risk. AI literacy (Art. 4) still applies; voluntary codes of conduct are encouraged.</source>
        <translation>Aucun des cas (interdit, haut risque, usage général ou transparence) ne s’applique&#xa0;: risque minimal. La maîtrise de l’IA (art. 4) s’applique toujours&#xa0;; les codes de conduite volontaires sont encouragés.</translation>
    </message>
    <message>
        <source>Art. 5(1)(a)</source>
        <translation>art. 5(1)(a)</translation>
    </message>
    <message>
        <source>Art. 5(1)(b)</source>
        <translation>art. 5(1)(b)</translation>
    </message>
    <message>
        <source>Art. 5(1)(c)</source>
        <translation>art. 5(1)(c)</translation>
    </message>
    <message>
        <source>Art. 5(1)(d)</source>
        <translation>art. 5(1)(d)</translation>
    </message>
    <message>
        <source>Art. 5(1)(e)</source>
        <translation>art. 5(1)(e)</translation>
    </message>
    <message>
        <source>Art. 5(1)(f)</source>
        <translation>art. 5(1)(f)</translation>
    </message>
    <message>
        <source>Art. 5(1)(g)</source>
        <translation>art. 5(1)(g)</translation>
    </message>
    <message>
        <source>Art. 5(1)(h)</source>
        <translation>art. 5(1)(h)</translation>
    </message>
    <message>
        <source>Art. 6(1), Annex I</source>
        <translation>art. 6(1), annexe I</translation>
    </message>
    <message>
        <source>Annex III(1)</source>
        <translation>annexe III(1)</translation>
    </message>
    <message>
        <source>Annex III(2)</source>
        <translation>annexe III(2)</translation>
    </message>
    <message>
        <source>Annex III(3)</source>
        <translation>annexe III(3)</translation>
    </message>
    <message>
        <source>Annex III(4)</source>
        <translation>annexe III(4)</translation>
    </message>
    <message>
        <source>Annex III(5)</source>
        <translation>annexe III(5)</translation>
    </message>
    <message>
        <source>Annex III(6)</source>
        <translation>annexe III(6)</translation>
    </message>
    <message>
        <source>Annex III(7)</source>
        <translation>annexe III(7)</translation>
    </message>
    <message>
        <source>Annex III(8)</source>
        <translation>annexe III(8)</translation>
    </message>
    <message>
        <source>Art. 6(3)(a)</source>
        <translation>art. 6(3)(a)</translation>
    </message>
    <message>
        <source>Art. 6(3)(b)</source>
        <translation>art. 6(3)(b)</translation>
    </message>
    <message>
        <source>Art. 6(3)(c)</source>
        <translation>art. 6(3)(c)</translation>
    </message>
    <message>
        <source>Art. 6(3)(d)</source>
        <translation>art. 6(3)(d)</translation>
    </message>
    <message>
        <source>Art. 6(3), last subparagraph</source>
        <translation>art. 6(3), last subparagraph</translation>
    </message>
    <message>
        <source>Art. 3(63), Art. 51–55</source>
        <translation>art. 3(63), art. 51–55</translation>
    </message>
    <message>
        <source>Art. 50(1)</source>
        <translation>art. 50(1)</translation>
    </message>
    <message>
        <source>Art. 50(2), (4)</source>
        <translation>art. 50(2), (4)</translation>
    </message>
    <message>
        <source>Art. 50(3)</source>
        <translation>art. 50(3)</translation>
    </message>
</context>
<context>
    <name>Trends</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The SQLite driver for Qt is missing. Install libqt6sql6-sqlite.</source>
        <translation>Le pilote SQLite pour Qt est absent. Installer libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The workspace is open read-only: %1</source>
        <translation>L&apos;espace de travail est ouvert en lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <source>Internal error: a change is already in progress.</source>
        <translation>Erreur interne&#xa0;: une modification est déjà en cours.</translation>
    </message>
    <message>
        <source>The change could not be started.</source>
        <translation>Impossible de commencer la modification.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Impossible d&apos;enregistrer la modification.</translation>
    </message>
    <message>
        <source>The audit trail could not be read.</source>
        <translation>Impossible de lire la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The SQLite driver did not provide a connection.</source>
        <translation>Le pilote SQLite n&apos;a fourni aucune connexion.</translation>
    </message>
    <message>
        <source>Could not prepare the workspace connection.</source>
        <translation>Impossible de préparer la connexion à l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>%1 The workspace file is damaged. Restore it from a backup.</source>
        <translation>%1 Le fichier de l&apos;espace de travail est endommagé. Le restaurer à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 Another program is using the workspace; try again in a moment.</source>
        <translation>%1 Un autre programme utilise l&apos;espace de travail&#xa0;; réessayer dans un instant.</translation>
    </message>
    <message>
        <source>%1 The disk could not be read or written (is it full or removed?).</source>
        <translation>%1 Le disque n&apos;a pas pu être lu ou écrit (est-il plein ou retiré&#xa0;?).</translation>
    </message>
    <message>
        <source>No database connection.</source>
        <translation>Aucune connexion à la base de données.</translation>
    </message>
    <message>
        <source>The audit trail could not be read to the end.</source>
        <translation>Impossible de lire la piste d&apos;audit jusqu&apos;au bout.</translation>
    </message>
    <message>
        <source>“%1” is empty: it is not an Attest workspace.</source>
        <translation>«&#xa0;%1&#xa0;» est vide&#xa0;: ce n&apos;est pas un espace de travail Attest.</translation>
    </message>
    <message>
        <source>“%1” is not an Attest workspace (it is not a SQLite database).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un espace de travail Attest (ce n&apos;est pas une base de données SQLite).</translation>
    </message>
    <message>
        <source>“%1” is a SQLite database, but not an Attest workspace.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données SQLite, mais pas un espace de travail Attest.</translation>
    </message>
    <message>
        <source>“%1” belongs to another application (application id 0x%2); it is not an Attest workspace.</source>
        <translation>«&#xa0;%1&#xa0;» appartient à une autre application (identifiant d&apos;application 0x%2)&#xa0;; ce n&apos;est pas un espace de travail Attest.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Attest (workspace format %2; this version reads formats up to %3). Install the newer Attest to open it; the file has not been changed.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistré par une version plus récente d&apos;Attest (format d&apos;espace de travail %2&#xa0;; cette version lit les formats jusqu&apos;à %3). Installer la version plus récente d&apos;Attest pour l&apos;ouvrir&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” is truncated: it should hold %2 bytes but has only %3. Restore it from a backup; the file has not been changed.</source>
        <translation>«&#xa0;%1&#xa0;» est tronqué&#xa0;: il devrait contenir %2 octets, mais n&apos;en contient que %3. Le restaurer à partir d&apos;une sauvegarde&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” is an incomplete Attest workspace (it has no schema). Restore it from a backup.</source>
        <translation>«&#xa0;%1&#xa0;» est un espace de travail Attest incomplet (il n&apos;a pas de schéma). Le restaurer à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>“%1” is open in another running Attest (process %2 on %3). Close it there, or open this workspace read-only.</source>
        <translation>«&#xa0;%1&#xa0;» est ouvert dans une autre instance d&apos;Attest en cours d&apos;exécution (processus %2 sur %3). Le fermer dans cette instance, ou ouvrir cet espace de travail en lecture seule.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>the folder of “%1” is not writable</source>
        <translation>le dossier de «&#xa0;%1&#xa0;» n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>The workspace could not be prepared.</source>
        <translation>Impossible de préparer l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>“%1” could not be read as an Attest workspace.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être lu comme espace de travail Attest.</translation>
    </message>
    <message>
        <source>The workspace identity could not be read.</source>
        <translation>Impossible de lire l&apos;identité de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>“%1” already exists; Attest never overwrites a workspace. Choose another file name.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;; Attest n&apos;écrase jamais un espace de travail. Choisir un autre nom de fichier.</translation>
    </message>
    <message>
        <source>The folder for “%1” could not be created.</source>
        <translation>Impossible de créer le dossier de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” cannot be created: %2.</source>
        <translation>Impossible de créer «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The workspace “%1” could not be created.</source>
        <translation>Impossible de créer l&apos;espace de travail «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no workspace at “%1”.</source>
        <translation>Il n&apos;y a pas d&apos;espace de travail à l&apos;emplacement «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is a folder, not an Attest workspace.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un espace de travail Attest.</translation>
    </message>
    <message>
        <source>it was opened read-only</source>
        <translation>il a été ouvert en lecture seule</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>son dossier est en lecture seule</translation>
    </message>
    <message>
        <source>“%1” uses an older workspace format (%2) that must be upgraded, but %3. Copy it to a writable folder and open the copy.</source>
        <translation>«&#xa0;%1&#xa0;» utilise un ancien format d&apos;espace de travail (%2) qui doit être mis à niveau, mais %3. Le copier dans un dossier accessible en écriture et ouvrir la copie.</translation>
    </message>
    <message>
        <source>“%1” uses an older workspace format (%2) and needs an upgrade.</source>
        <translation>«&#xa0;%1&#xa0;» utilise un ancien format d&apos;espace de travail (%2) et doit être mis à niveau.</translation>
    </message>
    <message>
        <source>A backup of “%1” could not be written before the upgrade; the workspace has not been changed.</source>
        <translation>Impossible d&apos;écrire une sauvegarde de «&#xa0;%1&#xa0;» avant la mise à niveau&#xa0;; l&apos;espace de travail n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded from format %2 to %3; it has not been changed (a backup is at “%4”).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être mis à niveau du format %2 au format %3&#xa0;; il n&apos;a pas été modifié (une sauvegarde se trouve à l&apos;emplacement «&#xa0;%4&#xa0;»).</translation>
    </message>
    <message>
        <source>Choose a different file: “%1” is the open workspace.</source>
        <translation>Choisir un autre fichier&#xa0;: «&#xa0;%1&#xa0;» est l&apos;espace de travail ouvert.</translation>
    </message>
    <message>
        <source>“%1” is open in another running Attest; it cannot be replaced.</source>
        <translation>«&#xa0;%1&#xa0;» est ouvert dans une autre instance d&apos;Attest en cours d&apos;exécution&#xa0;; il ne peut pas être remplacé.</translation>
    </message>
    <message>
        <source>The copy “%1” could not be written.</source>
        <translation>Impossible d&apos;écrire la copie «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The copy could not be saved as “%1”.</source>
        <translation>Impossible d&apos;enregistrer la copie sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver uses a different SQLite than Attest (%1 and %2); install Attest built for this system.</source>
        <translation>Le pilote SQLite de Qt utilise un autre SQLite qu’Attest (%1 et %2)&#xa0;; installer un Attest construit pour ce système.</translation>
    </message>
    <message>
        <source>Cannot write in the folder of “%1”.</source>
        <translation>Impossible d’écrire dans le dossier de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 The workspace file is damaged or has been tampered with. Restore it from a backup; the file has not been changed.</source>
        <translation>%1 Le fichier de l’espace de travail est endommagé ou a été falsifié. Restaurez-le depuis une sauvegarde&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>its length is not a whole number of pages</source>
        <translation>sa longueur n’est pas un nombre entier de pages</translation>
    </message>
    <message>
        <source>Cannot read “%1”.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>its first page does not authenticate</source>
        <translation>sa première page ne s’authentifie pas</translation>
    </message>
    <message>
        <source>its pages do not authenticate</source>
        <translation>ses pages ne s’authentifient pas</translation>
    </message>
    <message>
        <source>The encryption of “%1” could not be set up.</source>
        <translation>Le chiffrement de «&#xa0;%1&#xa0;» n’a pas pu être mis en place.</translation>
    </message>
    <message>
        <source>it is shorter than its pages say</source>
        <translation>il est plus court que ne l’indiquent ses pages</translation>
    </message>
    <message>
        <source>Choose a key or a passphrase to encrypt “%1” with.</source>
        <translation>Choisissez une clé ou une phrase secrète pour chiffrer «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Writing “%1” was cancelled.</source>
        <translation>L’écriture de «&#xa0;%1&#xa0;» a été annulée.</translation>
    </message>
    <message>
        <source>it is being verified</source>
        <translation>il est en cours de vérification</translation>
    </message>
    <message>
        <source>“%1” is not encrypted.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas chiffré.</translation>
    </message>
    <message>
        <source>The last key of an encrypted workspace cannot be removed: nothing could open it.</source>
        <translation>La dernière clé d’un espace de travail chiffré ne peut pas être retirée&#xa0;: plus rien ne pourrait l’ouvrir.</translation>
    </message>
    <message>
        <source>A keychain key has 32 bytes.</source>
        <translation>Une clé du trousseau compte 32 octets.</translation>
    </message>
    <message>
        <source>“%1” changed while its key was being replaced.</source>
        <translation>«&#xa0;%1&#xa0;» a changé pendant le remplacement de sa clé.</translation>
    </message>
    <message>
        <source>The re-encrypted “%1” could not be put in place.</source>
        <translation>Le «&#xa0;%1&#xa0;» rechiffré n’a pas pu être mis en place.</translation>
    </message>
</context>
<context>
    <name>WorkspaceExportLog</name>
    <message>
        <source>“%1” is not encrypted: save a copy of it instead.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas chiffré&#xa0;: enregistrez-en plutôt une copie.</translation>
    </message>
    <message>
        <source>A decrypted copy is recorded in the workspace&apos;s audit trail, but the workspace is read-only: %1.</source>
        <translation>Une copie déchiffrée est consignée dans la piste d’audit de l’espace de travail, mais l’espace de travail est en lecture seule&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Write a decrypted (unencrypted) copy of the workspace to %1</source>
        <translation>Écrire une copie déchiffrée (non chiffrée) de l’espace de travail dans %1</translation>
    </message>
    <message>
        <source>The decrypted copy to %1 was not written</source>
        <translation>La copie déchiffrée vers %1 n’a pas été écrite</translation>
    </message>
</context>
<context>
    <name>WorkspaceKeyStore</name>
    <message>
        <source>The keychain did not answer within %1 seconds; it may be waiting to be unlocked.</source>
        <translation>Le trousseau n’a pas répondu dans un délai de %1&#xa0;secondes&#xa0;; il attend peut-être d’être déverrouillé.</translation>
    </message>
    <message>
        <source>The keychain refused access to the workspace key (%1). Unlock the keychain (on Linux, the login keyring) and try again.</source>
        <translation>Le trousseau a refusé l’accès à la clé de l’espace de travail (%1). Déverrouillez le trousseau (sous Linux, le trousseau de connexion) et réessayez.</translation>
    </message>
    <message>
        <source>No keychain is available to hold the workspace key (%1). On Linux the keychain is a Secret Service such as GNOME Keyring or KWallet in a desktop session.</source>
        <translation>Aucun trousseau n’est disponible pour conserver la clé de l’espace de travail (%1). Sous Linux, le trousseau est un Secret Service tel que GNOME Keyring ou KWallet dans une session de bureau.</translation>
    </message>
    <message>
        <source>there is no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set), so no keychain can be reached</source>
        <translation>il n’y a pas de session D-Bus (DBUS_SESSION_BUS_ADDRESS n’est pas défini), donc aucun trousseau n’est accessible</translation>
    </message>
    <message>
        <source>the D-Bus session cannot be reached (%1)</source>
        <translation>la session D-Bus est inaccessible (%1)</translation>
    </message>
    <message>
        <source>no keychain service (Secret Service, KWallet) runs in this D-Bus session</source>
        <translation>aucun service de trousseau (Secret Service, KWallet) ne s’exécute dans cette session D-Bus</translation>
    </message>
    <message>
        <source>The workspace key in the keychain is damaged; Attest will not replace it by itself. Open the workspace with its recovery passphrase, or remove the keychain entry “%1” of “%2”.</source>
        <translation>La clé de l’espace de travail dans le trousseau est endommagée&#xa0;; Attest ne la remplacera pas de lui-même. Ouvrez l’espace de travail avec sa phrase secrète de récupération, ou supprimez l’entrée «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» dans le trousseau.</translation>
    </message>
    <message>
        <source>A workspace key has 32 bytes.</source>
        <translation>Une clé d’espace de travail compte 32 octets.</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>The audit trail could not be read.</source>
        <translation>Impossible de lire la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>Internal error: “%1” is not a field of %2.</source>
        <translation>Erreur interne&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un champ de %2.</translation>
    </message>
    <message>
        <source>The audit trail could not be written.</source>
        <translation>Impossible d&apos;écrire dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>A record could not be read.</source>
        <translation>Impossible de lire une fiche.</translation>
    </message>
    <message>
        <source>Records could not be read.</source>
        <translation>Impossible de lire les fiches.</translation>
    </message>
    <message>
        <source>The record to restore already exists.</source>
        <translation>La fiche à restaurer existe déjà.</translation>
    </message>
    <message>
        <source>The record could not be saved.</source>
        <translation>Impossible d&apos;enregistrer la fiche.</translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation>La fiche n&apos;existe plus&#xa0;; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>The record could not be deleted.</source>
        <translation>Impossible de supprimer la fiche.</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Cannot write the spreadsheet “%1”: %2.</source>
        <translation>Impossible d’écrire le classeur «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot write the spreadsheet “%1”.</source>
        <translation>Impossible d’écrire le classeur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The table “%1” has %2 rows, more than a spreadsheet can hold (%3). Export it as CSV instead.</source>
        <translation>La table «&#xa0;%1&#xa0;» compte %2 lignes, plus qu’un classeur ne peut en contenir (%3). Exportez-la plutôt au format CSV.</translation>
    </message>
    <message>
        <source>Row %1, column “%2” of “%3” holds %4 characters, more than a spreadsheet cell can hold (%5). Export it as CSV instead.</source>
        <translation>La ligne %1, colonne «&#xa0;%2&#xa0;» de «&#xa0;%3&#xa0;», contient %4 caractères, plus qu’une cellule de classeur ne peut en contenir (%5). Exportez plutôt au format CSV.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: it is a folder.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: c’est un dossier.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder “%2” does not exist.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: le dossier «&#xa0;%2&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>attest::AuditEventModel</name>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>AI system</source>
        <translation>Système d&apos;IA</translation>
    </message>
    <message>
        <source>Change log entry</source>
        <translation>Entrée du journal des modifications</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Model version</source>
        <translation>Version du modèle</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Validated by</source>
        <translation>Validé par</translation>
    </message>
    <message>
        <source>%1 (account %2)</source>
        <translation>%1 (compte %2)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>User action</source>
        <translation>Action utilisateur</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Requirement mapping</source>
        <translation>Correspondance entre exigences</translation>
    </message>
    <message>
        <source>Requirement assessment</source>
        <translation>Évaluation d’une exigence</translation>
    </message>
    <message>
        <source>Applicability</source>
        <translation>Applicabilité</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Control implementation</source>
        <translation>Mise en œuvre d’une mesure</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>Lien vers une preuve</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation>Matrice des risques</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Interview: system covered</source>
        <translation>Entretien&#xa0;: système couvert</translation>
    </message>
    <message>
        <source>Interview: interviewee</source>
        <translation>Entretien&#xa0;: personne interrogée</translation>
    </message>
    <message>
        <source>Interview answer</source>
        <translation>Réponse d’entretien</translation>
    </message>
    <message>
        <source>Workspace export</source>
        <translation>Export de l’espace de travail</translation>
    </message>
</context>
<context>
    <name>attest::CatalogTreeModel</name>
    <message>
        <source>%1
%2 requirements, %3 assessable
%4</source>
        <translation>%1
%2 exigences, %3 évaluables
%4</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>attest::ComplianceMatrixModel</name>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>applies</source>
        <translation>s’applique</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>ne s’applique pas</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>s. o.</translation>
    </message>
    <message>
        <source>Does not apply to this system.</source>
        <translation>Ne s’applique pas à ce système.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>attest::RequirementStatusModel</name>
    <message>
        <source> (by hand)</source>
        <translation> (manuellement)</translation>
    </message>
    <message>
        <source> · evidence expired</source>
        <translation> · preuve expirée</translation>
    </message>
    <message>
        <source> · test failed</source>
        <translation> · test échoué</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>attest::RiskRegisterModel</name>
    <message>
        <source>%1
(risk matrix version %2)</source>
        <translation>%1
(matrice des risques, version %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1/%2 implemented</source>
        <translation>%1/%2 mises en œuvre</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>En retard depuis le %1</translation>
    </message>
    <message>
        <source>Accepted by %1 on %2: %3</source>
        <translation>Accepté par %1 le %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>Inhérent</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Résiduel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>attest::SystemTableModel</name>
    <message>
        <source>Review overdue since %1</source>
        <translation>Revue en retard depuis le %1</translation>
    </message>
</context>
<context>
    <name>attest::crypto</name>
    <message>
        <source>Not enough memory to derive the key from the recovery passphrase.</source>
        <translation>Mémoire insuffisante pour dériver la clé de la phrase secrète de récupération.</translation>
    </message>
    <message>
        <source>its encryption header is cut short</source>
        <translation>son en-tête de chiffrement est tronqué</translation>
    </message>
    <message>
        <source>“%1” was encrypted by a newer version of Attest (encryption format %2). Install the newer Attest to open it; the file has not been changed.</source>
        <translation>«&#xa0;%1&#xa0;» a été chiffré par une version plus récente d’Attest (format de chiffrement %2). Installez la version plus récente pour l’ouvrir&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>its encryption header is damaged</source>
        <translation>son en-tête de chiffrement est endommagé</translation>
    </message>
    <message>
        <source>“%1” is not an encrypted Attest workspace.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un espace de travail Attest chiffré.</translation>
    </message>
    <message>
        <source>“%1” is encrypted. Unlock it with its key from this computer&apos;s keychain or with its recovery passphrase.</source>
        <translation>«&#xa0;%1&#xa0;» est chiffré. Déverrouillez-le avec sa clé du trousseau de cet ordinateur ou avec sa phrase secrète de récupération.</translation>
    </message>
    <message>
        <source>The recovery passphrase does not unlock “%1”. Check it and try again; the file has not been changed.</source>
        <translation>La phrase secrète de récupération ne déverrouille pas «&#xa0;%1&#xa0;». Vérifiez-la et réessayez&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The key from this computer&apos;s keychain does not unlock “%1”. Use its recovery passphrase; the file has not been changed.</source>
        <translation>La clé du trousseau de cet ordinateur ne déverrouille pas «&#xa0;%1&#xa0;». Utilisez sa phrase secrète de récupération&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” can only be unlocked with its key from the keychain of the computer that encrypted it.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut être déverrouillé qu’avec sa clé du trousseau de l’ordinateur qui l’a chiffré.</translation>
    </message>
    <message>
        <source>“%1” is encrypted. Unlock it with its recovery passphrase.</source>
        <translation>«&#xa0;%1&#xa0;» est chiffré. Déverrouillez-le avec sa phrase secrète de récupération.</translation>
    </message>
    <message>
        <source>its encryption header does not match its key</source>
        <translation>son en-tête de chiffrement ne correspond pas à sa clé</translation>
    </message>
    <message>
        <source>the two copies of its encryption header disagree</source>
        <translation>les deux copies de son en-tête de chiffrement divergent</translation>
    </message>
    <message>
        <source>A workspace can only be encrypted with a 32-byte keychain key or a recovery passphrase.</source>
        <translation>Un espace de travail ne peut être chiffré qu’avec une clé de trousseau de 32 octets ou une phrase secrète de récupération.</translation>
    </message>
    <message>
        <source>The encryption header of “%1” could not be written.</source>
        <translation>L’en-tête de chiffrement de «&#xa0;%1&#xa0;» n’a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>attest::ui::AuditTrailView</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>&amp;Verify Integrity</source>
        <translation>&amp;Vérifier l&apos;intégrité</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Type de fiche</translation>
    </message>
    <message>
        <source>Record: code or number</source>
        <translation>Fiche&#xa0;: code ou numéro</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Recompute every event&apos;s hash and link, and report the first that does not match</source>
        <translation>Recalculer le hachage et le lien de chaque événement, et signaler le premier qui ne correspond pas</translation>
    </message>
    <message>
        <source>Not verified in this session.</source>
        <translation>Pas de vérification dans cette session.</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Événements d&apos;audit</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Values before and after the change</source>
        <translation>Valeurs avant et après la modification</translation>
    </message>
    <message>
        <source>Changed since the last verification.</source>
        <translation>Modifiée depuis la dernière vérification.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Toutes les fiches</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 événements</translation>
    </message>
    <message>
        <source>Select an event to see what changed.</source>
        <translation>Sélectionner un événement pour voir ce qui a changé.</translation>
    </message>
    <message>
        <source>No events match the filters.</source>
        <translation>Aucun événement ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>Event %1: %2 %3 %4</source>
        <translation>Événement %1&#xa0;: %2 – %3 %4</translation>
    </message>
    <message>
        <source>When: %1 (UTC %2)
Who: %3, computer account %4
User action: %5
Record number: %6 · Batch: %7
Hash: %8
Previous: %9</source>
        <translation>Quand&#xa0;: %1 (UTC %2)
Qui&#xa0;: %3, compte d&apos;ordinateur %4
Action utilisateur&#xa0;: %5
Numéro de fiche&#xa0;: %6 · Lot&#xa0;: %7
Hachage&#xa0;: %8
Précédent&#xa0;: %9</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Vérification de la piste d&apos;audit…</translation>
    </message>
    <message>
        <source>Intact: %1 events, head %2 (verified at %3)</source>
        <translation>Intacte&#xa0;: %1 événements, tête %2 (vérifiée à %3)</translation>
    </message>
    <message>
        <source>The audit trail is intact: all %1 events match their hashes and links, and every record matches its last recorded change.</source>
        <translation>La piste d’audit est intacte&#xa0;: les %1 événements correspondent à leurs hachages et à leurs liens, et chaque fiche correspond à sa dernière modification enregistrée.</translation>
    </message>
    <message>
        <source>Does not verify: event %1 (%2)</source>
        <translation>Non intacte&#xa0;: événement %1 (%2)</translation>
    </message>
    <message>
        <source>Does not verify: %1</source>
        <translation>Non intacte&#xa0;: %1</translation>
    </message>
    <message>
        <source>The audit trail does not verify: %1. Keep this file as evidence and restore the workspace from a backup.</source>
        <translation>La piste d’audit n’est pas intacte&#xa0;: %1. Conserver ce fichier comme preuve et restaurer l’espace de travail à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Shows only the events of the record with this code or number.</source>
        <translation>N’affiche que les événements de la fiche portant ce code ou ce numéro.</translation>
    </message>
</context>
<context>
    <name>attest::ui::CatalogView</name>
    <message>
        <source>equal to</source>
        <translation>équivalente à</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>partie de</translation>
    </message>
    <message>
        <source>covers</source>
        <translation>couvre</translation>
    </message>
    <message>
        <source>overlaps</source>
        <translation>recoupe</translation>
    </message>
    <message>
        <source>related to</source>
        <translation>liée à</translation>
    </message>
    <message>
        <source>Published crosswalk</source>
        <translation>Table de correspondance publiée</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>Dérivée</translation>
    </message>
    <message>
        <source>Authored</source>
        <translation>Rédigée par Attest</translation>
    </message>
    <message>
        <source>OSCAL id: %1</source>
        <translation>id OSCAL&#xa0;: %1</translation>
    </message>
    <message>
        <source>Implementation: %1</source>
        <translation>Mise en œuvre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Thème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Safeguard: %1</source>
        <translation>Garantie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tactics: %1</source>
        <translation>Tactiques&#xa0;: %1</translation>
    </message>
    <message>
        <source>Maturity: %1</source>
        <translation>Maturité&#xa0;: %1</translation>
    </message>
    <message>
        <source>The standard&apos;s heading is not included</source>
        <translation>L’intitulé de la norme n’est pas inclus</translation>
    </message>
    <message>
        <source>Heading %1 against the official text</source>
        <translation>Intitulé %1 par rapport au texte officiel</translation>
    </message>
    <message>
        <source>&amp;Import OSCAL Catalog or Profile…</source>
        <translation>&amp;Importer un catalogue ou un profil OSCAL…</translation>
    </message>
    <message>
        <source>&amp;Export as OSCAL Catalog…</source>
        <translation>&amp;Exporter comme catalogue OSCAL…</translation>
    </message>
    <message>
        <source>Search all catalogs: words or beginnings of words…</source>
        <translation>Rechercher dans tous les catalogues&#xa0;: mots ou débuts de mots…</translation>
    </message>
    <message>
        <source>Search the catalogs</source>
        <translation>Rechercher dans les catalogues</translation>
    </message>
    <message>
        <source>Frameworks and requirements</source>
        <translation>Référentiels et exigences</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Suivant (Alt+Droite)</translation>
    </message>
    <message>
        <source>Bring in an OSCAL catalog you license (JSON, OSCAL 1.0 to 1.2), or a profile that selects from one, as a framework of this workspace</source>
        <translation>Intégrer un catalogue OSCAL sous licence (JSON, OSCAL 1.0 à 1.2), ou un profil qui y sélectionne, comme référentiel de cet espace de travail</translation>
    </message>
    <message>
        <source>Write the framework being browsed as an OSCAL 1.1.3 catalog (JSON)</source>
        <translation>Écrire le référentiel consulté comme catalogue OSCAL 1.1.3 (JSON)</translation>
    </message>
    <message>
        <source>Import OSCAL…</source>
        <translation>Importer OSCAL…</translation>
    </message>
    <message>
        <source>Export as OSCAL…</source>
        <translation>Exporter en OSCAL…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a framework or a requirement, or search all catalogs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisir un référentiel ou une exigence, ou rechercher dans tous les catalogues.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import OSCAL Catalog or Profile</source>
        <translation>Importer un catalogue ou un profil OSCAL</translation>
    </message>
    <message>
        <source>OSCAL JSON (*.json);;All files (*)</source>
        <translation>JSON OSCAL (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Import OSCAL Profile</source>
        <translation>Importer un profil OSCAL</translation>
    </message>
    <message>
        <source>%1

Which framework does this profile select from?</source>
        <translation>%1

Dans quel référentiel ce profil sélectionne-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was imported.</source>
        <translation>L’import de %1 a été annulé&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 n’a pas été importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 Deviations from the OSCAL schema tolerated: %2.</source>
        <translation>%1 Écarts au schéma OSCAL tolérés&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The file deviates from the OSCAL schema where its meaning is still clear; Attest read it like this:

• %1</source>
        <translation>Le fichier s’écarte du schéma OSCAL là où son sens reste clair&#xa0;; Attest l’a lu ainsi&#xa0;:

• %1</translation>
    </message>
    <message>
        <source>Export as OSCAL Catalog</source>
        <translation>Exporter comme catalogue OSCAL</translation>
    </message>
    <message>
        <source>Framework to export:</source>
        <translation>Référentiel à exporter&#xa0;:</translation>
    </message>
    <message>
        <source>Export %1 as OSCAL Catalog</source>
        <translation>Exporter %1 comme catalogue OSCAL</translation>
    </message>
    <message>
        <source>OSCAL JSON (*.json)</source>
        <translation>JSON OSCAL (*.json)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Export de %1…</translation>
    </message>
    <message>
        <source>%1 was not exported: %2</source>
        <translation>%1 n’a pas été exporté&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported %1 (%2 requirements) as an OSCAL %3 catalog to %4.</source>
        <translation>%1 (%2 exigences) exporté comme catalogue OSCAL %3 vers %4.</translation>
    </message>
    <message>
        <source>No requirement matches “%1”.</source>
        <translation>Aucune exigence ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Source:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Publisher:&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;In force from:&lt;/b&gt; %5&lt;/p&gt;&lt;p&gt;%6 requirements, %7 of them assessable.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Attribution:&lt;/b&gt; %8&lt;br&gt;&lt;b&gt;Licence:&lt;/b&gt; %9&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Source&#xa0;:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Éditeur&#xa0;:&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;En vigueur depuis&#xa0;:&lt;/b&gt; %5&lt;/p&gt;&lt;p&gt;%6 exigences, dont %7 évaluables.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mention de source&#xa0;:&lt;/b&gt; %8&lt;br&gt;&lt;b&gt;Licence&#xa0;:&lt;/b&gt; %9&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>assessable</source>
        <translation>évaluable</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Changed:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Modifiée&#xa0;:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Withdrawn:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Retirée&#xa0;:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>withdrawn by its publisher</source>
        <translation>retirée par son éditeur</translation>
    </message>
    <message>
        <source>&lt;h4&gt;In short&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h4&gt;En bref&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Interview question&lt;/h4&gt;&lt;p&gt;&lt;i&gt;%1&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;h4&gt;Question d’entretien&lt;/h4&gt;&lt;p&gt;&lt;i&gt;%1&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Statement&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h4&gt;Énoncé&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Guidance&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h4&gt;Recommandations&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Mapped requirements (%1)&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Exigences en correspondance (%1)&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;This requirement is…&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Requirement&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Source&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Cette exigence est…&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Exigence&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Source&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;small&gt;(withdrawn)&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;(retirée)&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No mappings to other frameworks.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune correspondance avec d’autres référentiels.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;hr&gt;&lt;p&gt;&lt;small&gt;&lt;b&gt;Source:&lt;/b&gt; %1 %2&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;hr&gt;&lt;p&gt;&lt;small&gt;&lt;b&gt;Source&#xa0;:&lt;/b&gt; %1 %2&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>An occasional import</source>
        <translation>Une importation occasionnelle</translation>
    </message>
    <message>
        <source>An occasional export</source>
        <translation>Une exportation occasionnelle</translation>
    </message>
</context>
<context>
    <name>attest::ui::ComplianceMatrixView</name>
    <message>
        <source>Framework</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>&amp;Référentiel&#xa0;:</translation>
    </message>
    <message>
        <source>%1 AI systems × %2 requirements. A row is derived when it is first shown; hover a cell for how its status was reached, double-click to open the system.</source>
        <translation>%1 systèmes d’IA × %2 exigences. Une ligne est déduite lorsqu’elle s’affiche pour la première fois&#xa0;; survoler une cellule montre comment son statut a été obtenu, un double-clic ouvre le système.</translation>
    </message>
</context>
<context>
    <name>attest::ui::ComplianceView</name>
    <message>
        <source>By &amp;System</source>
        <translation>Par &amp;système</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrice</translation>
    </message>
    <message>
        <source>Statement of &amp;Applicability</source>
        <translation>Déclaration d’&amp;applicabilité</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
</context>
<context>
    <name>attest::ui::ControlLibraryView</name>
    <message>
        <source>&amp;Save Implementation</source>
        <translation>&amp;Enregistrer la mise en œuvre</translation>
    </message>
    <message>
        <source>&amp;New Control…</source>
        <translation>&amp;Nouvelle mesure…</translation>
    </message>
    <message>
        <source>&amp;Remove Control…</source>
        <translation>&amp;Supprimer la mesure…</translation>
    </message>
    <message>
        <source>Attach Evidence &amp;File…</source>
        <translation>Joindre un &amp;fichier de preuve…</translation>
    </message>
    <message>
        <source>Add Evidence &amp;Link…</source>
        <translation>Ajouter un &amp;lien de preuve…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Organisation-wide</source>
        <translation>Pour l’organisation</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>Filter controls…</source>
        <translation>Filtrer les mesures…</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Non testée</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Required when the control does not apply</source>
        <translation>Obligatoire quand la mesure ne s’applique pas</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Why the control serves it</source>
        <translation>Pourquoi la mesure y répond</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>Date &amp;cible&#xa0;:</translation>
    </message>
    <message>
        <source>Last &amp;tested:</source>
        <translation>Dernier &amp;test&#xa0;:</translation>
    </message>
    <message>
        <source>Test &amp;result:</source>
        <translation>&amp;Résultat du test&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Organisation-wide implementation (the default for every AI system)</source>
        <translation>Mise en œuvre pour l’organisation (valeur par défaut de chaque système d’IA)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Requirements it serves</source>
        <translation>Exigences auxquelles elle répond</translation>
    </message>
    <message>
        <source>Save Evidence File</source>
        <translation>Enregistrer le fichier de preuve</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The control library could not be read.</source>
        <translation>La bibliothèque de mesures n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>No control selected</source>
        <translation>Aucune mesure sélectionnée</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 · operates %2 · tested %3 · %4</source>
        <translation>%1 · fonctionne %2 · testée %3 · %4</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>from Attest&apos;s AI security control set</source>
        <translation>issue du jeu de mesures de sécurité de l’IA d’Attest</translation>
    </message>
    <message>
        <source>the organisation&apos;s own</source>
        <translation>propre à l’organisation</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> — file, %1 KB, SHA-256 %2…</source>
        <translation> — fichier, %1&#xa0;Ko, SHA-256 %2…</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source> — EXPIRED %1</source>
        <translation> — EXPIRÉE le %1</translation>
    </message>
    <message>
        <source> — valid until %1</source>
        <translation> — valable jusqu’au %1</translation>
    </message>
    <message>
        <source> (one system)</source>
        <translation> (un système)</translation>
    </message>
    <message>
        <source>Double-click to save a copy; its hash is checked first.</source>
        <translation>Double-cliquer pour en enregistrer une copie&#xa0;; son hachage est d’abord vérifié.</translation>
    </message>
    <message>
        <source>No evidence yet.</source>
        <translation>Aucune preuve pour l’instant.</translation>
    </message>
    <message>
        <source>Saved. Every requirement and AI system this control serves now reads the new status.</source>
        <translation>Enregistré. Chaque exigence et chaque système d’IA que sert cette mesure reflète désormais le nouvel état.</translation>
    </message>
    <message>
        <source>New Control</source>
        <translation>Nouvelle mesure</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Remove Control</source>
        <translation>Supprimer la mesure</translation>
    </message>
    <message>
        <source>Remove %1?

Its mappings, implementations and evidence links are removed with it; every removal is recorded in the audit trail, and the requirements it served will read differently.</source>
        <translation>Supprimer %1&#xa0;?

Ses associations, mises en œuvre et liens de preuve sont supprimés avec elle&#xa0;; chaque suppression est enregistrée dans la piste d’audit, et les exigences qu’elle servait seront évaluées autrement.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 a été supprimée.</translation>
    </message>
    <message>
        <source>Attach Evidence File</source>
        <translation>Joindre un fichier de preuve</translation>
    </message>
    <message>
        <source>Add Evidence Link</source>
        <translation>Ajouter un lien de preuve</translation>
    </message>
    <message>
        <source>Address of the evidence:</source>
        <translation>Adresse de la preuve&#xa0;:</translation>
    </message>
    <message>
        <source>What it shows:</source>
        <translation>Ce qu’elle montre&#xa0;:</translation>
    </message>
    <message>
        <source>Checking and saving the evidence file…</source>
        <translation>Vérification et enregistrement du fichier de preuve…</translation>
    </message>
    <message>
        <source>Saved a copy of the evidence file; its SHA-256 matched the recorded one.</source>
        <translation>Une copie du fichier de preuve a été enregistrée&#xa0;; son SHA-256 correspondait à celui enregistré.</translation>
    </message>
    <message>
        <source>&amp;Map to Requirement…</source>
        <translation>&amp;Associer à une exigence…</translation>
    </message>
    <message>
        <source>Remove M&amp;apping</source>
        <translation>Supprimer l’&amp;association</translation>
    </message>
    <message>
        <source>Remove Mapping</source>
        <translation>Supprimer l’association</translation>
    </message>
    <message>
        <source>Stop counting this control for %1?</source>
        <translation>Ne plus compter cette mesure pour %1&#xa0;?</translation>
    </message>
    <message>
        <source>There is no requirement “%1” in %2.</source>
        <translation>Il n’y a pas d’exigence «&#xa0;%1&#xa0;» dans %2.</translation>
    </message>
    <message>
        <source>Mapped to %1; its status now counts there for every AI system.</source>
        <translation>Associée à %1&#xa0;; son état y compte désormais pour chaque système d’IA.</translation>
    </message>
    <message>
        <source>Map to Requirement</source>
        <translation>Associer à une exigence</translation>
    </message>
    <message>
        <source>Reference, e.g. Art. 32 or A.8.24</source>
        <translation>Référence, p.&#xa0;ex. Art. 32 ou A.8.24</translation>
    </message>
    <message>
        <source>Why the control serves it (one line)</source>
        <translation>Pourquoi la mesure y répond (une ligne)</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>&amp;Référentiel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Requirement:</source>
        <translation>&amp;Exigence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>Filter controls</source>
        <translation>Filtrer les mesures</translation>
    </message>
    <message>
        <source>Evidence of the control</source>
        <translation>Preuves de la mesure</translation>
    </message>
    <message>
        <source>Requirements the control serves</source>
        <translation>Exigences couvertes par la mesure</translation>
    </message>
    <message>
        <source>Control details</source>
        <translation>Détails de la mesure</translation>
    </message>
    <message>
        <source>Checking the evidence file…</source>
        <translation>Vérification du fichier de preuve…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Save a Copy…</source>
        <translation>&amp;Enregistrer une copie…</translation>
    </message>
</context>
<context>
    <name>attest::ui::DashboardView</name>
    <message>
        <source>&amp;Business unit:</source>
        <translation>&amp;Unité métier&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>S&amp;ystème&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>&amp;Référentiel&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Res&amp;ponsable&#xa0;:</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Risque résiduel</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>All business units</source>
        <translation>Toutes les unités métier</translation>
    </message>
    <message>
        <source>All systems</source>
        <translation>Tous les systèmes</translation>
    </message>
    <message>
        <source>All frameworks</source>
        <translation>Tous les référentiels</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>Click a bar for the list behind it.</source>
        <translation>Cliquez sur une barre pour ouvrir la liste correspondante.</translation>
    </message>
    <message>
        <source>Systems in view: %1 · risks: %2</source>
        <translation>Systèmes affichés&#xa0;: %1 · risques&#xa0;: %2</translation>
    </message>
    <message>
        <source>Coverage per framework, %</source>
        <translation>Couverture par référentiel, %</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Risks by threat</source>
        <translation>Risques par menace</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>AI systems by EU AI Act tier</source>
        <translation>Systèmes d’IA par niveau de risque (AI Act)</translation>
    </message>
    <message>
        <source>AI systems by lifecycle stage</source>
        <translation>Systèmes d’IA par phase du cycle de vie</translation>
    </message>
    <message>
        <source>Overdue &gt; 30 days</source>
        <translation>En retard &gt; 30&#xa0;jours</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Échéance sous 30&#xa0;jours</translation>
    </message>
    <message>
        <source>Later or no date</source>
        <translation>Plus tard ou sans date</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Constats ouverts</translation>
    </message>
    <message>
        <source>Open findings by due date</source>
        <translation>Constats ouverts par échéance</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>&amp;Copier le graphique</translation>
    </message>
    <message>
        <source>&amp;Save Chart As…</source>
        <translation>&amp;Enregistrer le graphique sous…</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 13 weeks</source>
        <translation>13 dernières semaines</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>How far back the trends look</source>
        <translation>Jusqu’où remontent les tendances</translation>
    </message>
    <message>
        <source>&amp;Trends:</source>
        <translation>&amp;Tendances&#xa0;:</translation>
    </message>
    <message>
        <source>AI systems in force overdue for review</source>
        <translation>Systèmes d’IA en service dont la revue est en retard</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>L’historique n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the workspace&apos;s history… %1 %</source>
        <translation>Lecture de l’historique de l’espace de travail… %1&#xa0;%</translation>
    </message>
    <message>
        <source>business unit “%1”</source>
        <translation>unité «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>system “%1”</source>
        <translation>système «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>owner “%1”</source>
        <translation>responsable «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Click a line for today&apos;s list behind it.</source>
        <translation>Cliquer sur une ligne pour voir la liste du jour correspondante.</translation>
    </message>
    <message>
        <source>Coverage over time, %</source>
        <translation>Couverture dans le temps, %</translation>
    </message>
    <message>
        <source>Open risks over time</source>
        <translation>Risques ouverts dans le temps</translation>
    </message>
    <message>
        <source>AI systems at stage “%1”</source>
        <translation>Systèmes d’IA à l’étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>AI systems in force at tier “%1”</source>
        <translation>Systèmes d’IA en service au niveau «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>overdue findings</source>
        <translation>constats en retard</translation>
    </message>
    <message>
        <source>framework “%1”</source>
        <translation>référentiel «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>open findings: %1</source>
        <translation>constats ouverts&#xa0;: %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Recueillie le</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu’au</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;a href=&quot;findings&quot;&gt;&lt;b&gt;%1&lt;/b&gt; overdue findings&lt;/a&gt; (of %2)&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;evidence30&quot;&gt;&lt;b&gt;%3&lt;/b&gt; evidence items expire within 30 days&lt;/a&gt;, &lt;a href=&quot;evidence90&quot;&gt;&lt;b&gt;%4&lt;/b&gt; within 90&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;review&quot;&gt;&lt;b&gt;%5&lt;/b&gt; AI systems are overdue for review&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;a href=&quot;findings&quot;&gt;&lt;b&gt;%1&lt;/b&gt; constats en retard&lt;/a&gt; (sur %2)&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;evidence30&quot;&gt;&lt;b&gt;%3&lt;/b&gt; preuves expirent dans les 30 jours&lt;/a&gt;, &lt;a href=&quot;evidence90&quot;&gt;&lt;b&gt;%4&lt;/b&gt; dans les 90&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;review&quot;&gt;&lt;b&gt;%5&lt;/b&gt; systèmes d’IA ont une revue en retard&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Evidence Expiring Within %n Days</source>
        <translation>
            <numerusform>Preuves expirant dans le %n jour</numerusform>
            <numerusform>Preuves expirant dans les %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evidence items that stop being valid within %n days</source>
        <translation>
            <numerusform>Preuves qui cessent d’être valides dans le %n jour</numerusform>
            <numerusform>Preuves qui cessent d’être valides dans les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>AI systems in force that %1 applies to</source>
        <translation>Systèmes d’IA en service auxquels %1 s’applique</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
</context>
<context>
    <name>attest::ui::DisplayNameDialog</name>
    <message>
        <source>Your name in the audit trail</source>
        <translation>Nom affiché dans la piste d&apos;audit</translation>
    </message>
    <message>
        <source>Attest records who made every change. Enter your name as colleagues and auditors should read it. Your computer account (%1) is recorded beside it.</source>
        <translation>Attest enregistre l&apos;auteur de chaque modification. Saisir le nom tel que les collègues et les auditeurs doivent le lire. Le compte d&apos;ordinateur (%1) est enregistré à côté.</translation>
    </message>
    <message>
        <source>e.g. Maria Rossi, Risk Office</source>
        <translation>p. ex. Maria Rossi, Direction des risques</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
</context>
<context>
    <name>attest::ui::FindingsView</name>
    <message>
        <source>&amp;Open findings only</source>
        <translation>Constats &amp;ouverts seulement</translation>
    </message>
    <message>
        <source>&amp;New Finding…</source>
        <translation>&amp;Nouveau constat…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>AI system</source>
        <translation>Système d’IA</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — en retard</translation>
    </message>
    <message>
        <source>%1 open findings, %2 overdue.</source>
        <translation>%1 constats ouverts, %2 en retard.</translation>
    </message>
    <message>
        <source>New Finding</source>
        <translation>Nouveau constat</translation>
    </message>
    <message>
        <source>Edit Finding</source>
        <translation>Modifier le constat</translation>
    </message>
    <message>
        <source>AI system code; empty for the whole organisation</source>
        <translation>Code du système d’IA&#xa0;; vide pour toute l’organisation</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>How it was resolved (needed to close)</source>
        <translation>Comment il a été résolu (nécessaire pour clore)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>AI s&amp;ystem:</source>
        <translation>S&amp;ystème d’IA&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Closure:</source>
        <translation>&amp;Clôture&#xa0;:</translation>
    </message>
    <message>
        <source>There is no AI system “%1”.</source>
        <translation>Il n’existe pas de système d’IA «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The finding was raised.</source>
        <translation>Le constat a été ouvert.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
</context>
<context>
    <name>attest::ui::HeatMapWidget</name>
    <message>
        <source>Risk heat map</source>
        <translation>Carte de chaleur des risques</translation>
    </message>
    <message>
        <source>No risk matrix</source>
        <translation>Aucune matrice des risques</translation>
    </message>
    <message>
        <source>Likelihood ↑   Impact →</source>
        <translation>Vraisemblance ↑   Impact →</translation>
    </message>
    <message>
        <source>%1
Risks here: %2. Click to list them.</source>
        <translation>%1
Risques ici&#xa0;: %2. Cliquer pour les lister.</translation>
    </message>
</context>
<context>
    <name>attest::ui::InterviewCapture</name>
    <message>
        <source>Time spent in this interview</source>
        <translation>Temps passé dans cet entretien</translation>
    </message>
    <message>
        <source>Apply this answer to the assessment (K keeps the current one)</source>
        <translation>Appliquer cette réponse à l’évaluation (K conserve l’évaluation actuelle)</translation>
    </message>
    <message>
        <source>Notes: what was said, who said it, what to check (N or Enter to write, Esc when done)</source>
        <translation>Notes&#xa0;: ce qui a été dit, par qui, ce qu’il faut vérifier (N ou Enter pour écrire, Esc pour terminer)</translation>
    </message>
    <message>
        <source>Flag for follow-up (F)</source>
        <translation>Marquer pour suivi (F)</translation>
    </message>
    <message>
        <source>Attach Evidence… (A)</source>
        <translation>Joindre une preuve… (A)</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Précédente</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Suivante →</translation>
    </message>
    <message>
        <source>Wrap Up… (W)</source>
        <translation>Conclure… (W)</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>répondre</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>leave notes</source>
        <translation>quitter les notes</translation>
    </message>
    <message>
        <source>answer while writing</source>
        <translation>répondre en écrivant</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>keep current assessment</source>
        <translation>conserver l’évaluation actuelle</translation>
    </message>
    <message>
        <source>attach</source>
        <translation>joindre</translation>
    </message>
    <message>
        <source>next</source>
        <translation>suivante</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>précédente</translation>
    </message>
    <message>
        <source>jump list</source>
        <translation>liste de navigation</translation>
    </message>
    <message>
        <source>wrap up</source>
        <translation>conclure</translation>
    </message>
    <message>
        <source>The interview could not be read.</source>
        <translation>Impossible de lire l’entretien.</translation>
    </message>
    <message>
        <source>%1 — completed, acknowledged by %2 on %3</source>
        <translation>%1 — terminé, validé par %2 le %3</translation>
    </message>
    <message>
        <source>%1 · with %2 · interviewer %3 · %4 %5</source>
        <translation>%1 · avec %2 · intervieweur %3 · %4 %5</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>personne n’est indiqué</translation>
    </message>
    <message>
        <source>This interview has no questions.</source>
        <translation>Cet entretien ne comporte aucune question.</translation>
    </message>
    <message>
        <source>Is “%1” met for the systems in scope?</source>
        <translation>L’exigence «&#xa0;%1&#xa0;» est-elle satisfaite pour les systèmes concernés&#xa0;?</translation>
    </message>
    <message>
        <source>&lt;i&gt;Evidence usually comes from:&lt;/i&gt; %1</source>
        <translation>&lt;i&gt;Les preuves proviennent généralement de&#xa0;:&lt;/i&gt; %1</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>Réponses&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>No evidence attached yet; drop a file here or press A.</source>
        <translation>Aucune preuve jointe pour l’instant&#xa0;; déposer un fichier ici ou appuyer sur A.</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Preuves&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 now: %2</source>
        <translation>%1 actuellement&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (by hand)</source>
        <translation>%1 (manuellement)</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <source>Elapsed %1:%2:%3</source>
        <translation>Écoulé %1:%2:%3</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Attached during the interview “%1”.</source>
        <translation>Jointe pendant l’entretien «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Attach Evidence</source>
        <translation>Joindre une preuve</translation>
    </message>
</context>
<context>
    <name>attest::ui::InterviewPlanDialog</name>
    <message>
        <source>New Interview</source>
        <translation>Nouvel entretien</translation>
    </message>
    <message>
        <source>e.g. GDPR interview: customer chatbot</source>
        <translation>p.&#xa0;ex. entretien RGPD&#xa0;: chatbot client</translation>
    </message>
    <message>
        <source>Filter systems</source>
        <translation>Filtrer les systèmes</translation>
    </message>
    <message>
        <source>Every assessable requirement of the framework</source>
        <translation>Toutes les exigences évaluables du référentiel</translation>
    </message>
    <message>
        <source>The %1 questions of “%2” (%3)</source>
        <translation>Les %1 questions de «&#xa0;%2&#xa0;» (%3)</translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation>%1 questions</translation>
    </message>
    <message>
        <source>One per line: name, role
e.g. Nadia Okafor, Head of Talent Acquisition</source>
        <translation>Une personne par ligne&#xa0;: nom, rôle
p.&#xa0;ex. Nadia Okafor, responsable de l’acquisition des talents</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>AI &amp;systems:</source>
        <translation>&amp;Systèmes d’IA&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>&amp;Référentiel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Questions&#xa0;:</translation>
    </message>
    <message>
        <source>I&amp;nterviewer:</source>
        <translation>&amp;Intervieweur&#xa0;:</translation>
    </message>
    <message>
        <source>Inter&amp;viewees:</source>
        <translation>Personnes i&amp;nterrogées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Plan Interview</source>
        <translation>&amp;Planifier l’entretien</translation>
    </message>
</context>
<context>
    <name>attest::ui::InterviewView</name>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Réalisé le</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systèmes</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>&amp;New Interview…</source>
        <translation>&amp;Nouvel entretien…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Enter opens an interview where it was left. In an interview every key is shown on screen; nothing needs saving.</source>
        <translation>Enter ouvre un entretien là où il a été laissé. Pendant un entretien, toutes les touches sont affichées à l’écran&#xa0;; rien n’a besoin d’être enregistré.</translation>
    </message>
    <message>
        <source>The interviews could not be read.</source>
        <translation>Impossible de lire les entretiens.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>Interview completed: its answers are applied and recorded in the audit trail; it is read-only now.</source>
        <translation>Entretien terminé&#xa0;: ses réponses sont appliquées et enregistrées dans la piste d’audit&#xa0;; il est désormais en lecture seule.</translation>
    </message>
    <message>
        <source>Interview sessions</source>
        <translation>Entretiens</translation>
    </message>
</context>
<context>
    <name>attest::ui::InterviewWrapUpDialog</name>
    <message>
        <source>Wrap Up Interview</source>
        <translation>Conclure l’entretien</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>What was covered, what stays open</source>
        <translation>Ce qui a été traité, ce qui reste ouvert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Answered: %1 of %2. Follow-ups: %3. Completing applies the answers to the assessments of the systems in scope and raises findings: %4. The interview then becomes read-only.</source>
        <translation>Réponses&#xa0;: %1 sur %2. Suivis&#xa0;: %3. Terminer l’entretien applique les réponses aux évaluations des systèmes concernés et ouvre des constats&#xa0;: %4. L’entretien passe ensuite en lecture seule.</translation>
    </message>
    <message>
        <source>Acknowledged &amp;by:</source>
        <translation>&amp;Validé par&#xa0;:</translation>
    </message>
    <message>
        <source>Acknowledged &amp;on:</source>
        <translation>Validé &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Synthèse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Complete Interview</source>
        <translation>&amp;Terminer l’entretien</translation>
    </message>
    <message>
        <source>%1 (current assessment kept)</source>
        <translation>%1 (évaluation actuelle conservée)</translation>
    </message>
</context>
<context>
    <name>attest::ui::InventoryView</name>
    <message>
        <source>Show &amp;retired</source>
        <translation>Afficher les systèmes hors ser&amp;vice</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>&amp;New AI System…</source>
        <translation>&amp;Nouveau système d&apos;IA…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected system&apos;s details (Enter or F2)</source>
        <translation>Ouvrir le détail du système sélectionné (Entrée ou F2)</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>Mettre hors &amp;service</translation>
    </message>
    <message>
        <source>Mark the selected system as retired; it stays in the inventory and the trail</source>
        <translation>Marquer le système sélectionné comme hors service&#xa0;; il reste dans l&apos;inventaire et la piste d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Su&amp;pprimer…</translation>
    </message>
    <message>
        <source>Show &amp;History</source>
        <translation>Afficher l&apos;&amp;historique</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Importer depuis un CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Filter by code, name, owner, unit, tag, stage…  (Ctrl+F)</source>
        <translation>Filtrer par code, nom, responsable, unité, étiquette, étape…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter AI systems</source>
        <translation>Filtrer les systèmes d&apos;IA</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>AI systems</source>
        <translation>Systèmes d&apos;IA</translation>
    </message>
    <message>
        <source>%1 AI systems</source>
        <translation>%1 systèmes d&apos;IA</translation>
    </message>
    <message>
        <source>%1 of %2 AI systems</source>
        <translation>%1 systèmes d&apos;IA sur %2</translation>
    </message>
    <message>
        <source>Reset to Default Columns</source>
        <translation>Rétablir les colonnes par défaut</translation>
    </message>
    <message>
        <source>%1 was added to the inventory.</source>
        <translation>%1 a été ajouté à l&apos;inventaire.</translation>
    </message>
    <message>
        <source>The system no longer exists.</source>
        <translation>Le système n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Edit AI system %1</source>
        <translation>Modifier le système d&apos;IA %1</translation>
    </message>
    <message>
        <source>Retire AI system %1</source>
        <translation>Mettre hors service le système d&apos;IA %1</translation>
    </message>
    <message>
        <source>%1 was retired.</source>
        <translation>%1 a été mis hors service.</translation>
    </message>
    <message>
        <source>%1 was retired and is now hidden; tick “Show retired” to see it.</source>
        <translation>%1 a été mis hors service et est maintenant masqué&#xa0;; cocher «&#xa0;Afficher les systèmes hors service&#xa0;» pour le voir.</translation>
    </message>
    <message>
        <source>Delete AI system</source>
        <translation>Supprimer le système d&apos;IA</translation>
    </message>
    <message>
        <source>Delete %1 from the inventory?</source>
        <translation>Supprimer %1 de l&apos;inventaire&#xa0;?</translation>
    </message>
    <message>
        <source>Retiring keeps the system and its history in the inventory, which is usually what an audit needs. Deleting removes it and its change log; the deletion and every value it had stay in the audit trail.</source>
        <translation>La mise hors service conserve le système et son historique dans l&apos;inventaire, ce qui est généralement ce dont un audit a besoin. La suppression efface le système et son journal des modifications&#xa0;; la suppression et toutes ses valeurs restent dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>Retire Instead</source>
        <translation>Mettre hors service à la place</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 a été supprimé.</translation>
    </message>
    <message>
        <source>Import AI Systems</source>
        <translation>Importer des systèmes d&apos;IA</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>Impossible d&apos;importer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Correct these rows and import the file again:

%1</source>
        <translation>Corriger ces lignes et importer à nouveau le fichier&#xa0;:

%1</translation>
    </message>
    <message>
        <source>%1: nothing to import. %2</source>
        <translation>%1&#xa0;: rien à importer. %2</translation>
    </message>
    <message>
        <source>Import %1?

%2

All rows are written in one step and recorded in the audit trail.</source>
        <translation>Importer %1&#xa0;?

%2

Toutes les lignes sont écrites en une seule étape et consignées dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L&apos;import a été annulé&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>%1 importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export AI Systems</source>
        <translation>Exporter des systèmes d&apos;IA</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Exported %1 AI systems to %2.</source>
        <translation>%1 systèmes d&apos;IA exportés vers %2.</translation>
    </message>
    <message>
        <source>Retired systems are included.</source>
        <translation>Les systèmes hors service sont inclus.</translation>
    </message>
    <message>
        <source>Retired systems are hidden; tick “Show retired” to include them.</source>
        <translation>Les systèmes hors service sont masqués&#xa0;; cochez «&#xa0;Afficher les systèmes hors service&#xa0;» pour les inclure.</translation>
    </message>
    <message>
        <source>Data &amp;Protection…</source>
        <translation>Protection des &amp;données…</translation>
    </message>
    <message>
        <source>The selected system&apos;s GDPR record of processing (Art. 30) and impact assessment (Art. 35)</source>
        <translation>Registre des activités de traitement (art. 30) et analyse d’impact (art. 35) du système sélectionné au titre du RGPD</translation>
    </message>
    <message>
        <source>&amp;Technical Documentation…</source>
        <translation>Documentation &amp;technique…</translation>
    </message>
    <message>
        <source>The selected system&apos;s technical documentation (EU AI Act Annex IV)</source>
        <translation>Documentation technique du système sélectionné (règlement européen sur l’IA, annexe IV)</translation>
    </message>
    <message>
        <source>What the GDPR asks to be recorded about this system&apos;s processing of personal data (Art. 30), and its impact assessment (Art. 35). The reports print every item; what is left empty shows as “not recorded”.</source>
        <translation>Ce que le RGPD demande de consigner sur le traitement de données personnelles par ce système (art. 30), et son analyse d’impact (art. 35). Les rapports reprennent chaque élément&#xa0;; ce qui est laissé vide apparaît comme «&#xa0;non renseigné&#xa0;».</translation>
    </message>
    <message>
        <source>The technical documentation of the EU AI Act (Annex IV) beyond what the inventory holds. The dossier report prints every item; what is left empty shows as “not recorded”.</source>
        <translation>La documentation technique du règlement européen sur l’IA (annexe IV), au-delà de ce que contient l’inventaire. Le rapport de dossier reprend chaque élément&#xa0;; ce qui est laissé vide apparaît comme «&#xa0;non renseigné&#xa0;».</translation>
    </message>
    <message>
        <source>An occasional bulk import</source>
        <translation>Une importation en masse occasionnelle</translation>
    </message>
    <message>
        <source>An occasional export</source>
        <translation>Une exportation occasionnelle</translation>
    </message>
</context>
<context>
    <name>attest::ui::MainWindow</name>
    <message>
        <source>Attest</source>
        <translation>Attest</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Piste d&apos;audit</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the open workspace and continue in the copy</source>
        <translation>Écrire une copie cohérente de l&apos;espace de travail ouvert et continuer dans la copie</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Fermer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Systems</source>
        <translation>&amp;Systèmes</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>&amp;Inventaire</translation>
    </message>
    <message>
        <source>&amp;Audit Trail</source>
        <translation>&amp;Piste d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Attest</source>
        <translation>À &amp;propos d&apos;Attest</translation>
    </message>
    <message>
        <source>No workspace is open</source>
        <translation>Aucun espace de travail n&apos;est ouvert</translation>
    </message>
    <message>
        <source>A workspace is one file holding your AI system inventory and its audit trail.</source>
        <translation>Un espace de travail est un fichier qui contient l&apos;inventaire de vos systèmes d&apos;IA et sa piste d&apos;audit.</translation>
    </message>
    <message>
        <source>New Workspace…</source>
        <translation>Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>Open Workspace…</source>
        <translation>Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>This workspace was upgraded to format %1. A copy of the original is at %2.</source>
        <translation>Cet espace de travail a été mis à niveau vers le format %1. Une copie de l&apos;original se trouve à l&apos;emplacement %2.</translation>
    </message>
    <message>
        <source>This workspace is open read-only: %1. You can look at everything, and save a copy to work on.</source>
        <translation>Cet espace de travail est ouvert en lecture seule&#xa0;: %1. Tout peut être consulté&#xa0;; enregistrer une copie pour la modifier.</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Created the workspace %1.</source>
        <translation>Espace de travail %1 créé.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <source>%1 [read-only] — Attest</source>
        <translation>%1 [lecture seule] — Attest</translation>
    </message>
    <message>
        <source>%1 — Attest</source>
        <translation>%1 — Attest</translation>
    </message>
    <message>
        <source>Recording as %1</source>
        <translation>Enregistrement au nom de %1</translation>
    </message>
    <message>
        <source>Changes are recorded as %1 (computer account %2). Change the name in Edit &gt; Preferences.</source>
        <translation>Les modifications sont enregistrées au nom de %1 (compte d&apos;ordinateur %2). Modifier le nom dans Édition &gt; Préférences.</translation>
    </message>
    <message>
        <source>%1 audit events</source>
        <translation>%1 événements d&apos;audit</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
    <message>
        <source>Attest workspaces (*.attest *.db);;All files (*)</source>
        <translation>Espaces de travail Attest (*.attest *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Enregistrement d&apos;une copie…</translation>
    </message>
    <message>
        <source>Saved a copy as %1; you are now working in the copy.</source>
        <translation>Copie enregistrée sous %1&#xa0;; vous travaillez maintenant dans la copie.</translation>
    </message>
    <message>
        <source>About Attest</source>
        <translation>À propos d&apos;Attest</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Attest %1&lt;/h3&gt;&lt;p&gt;A workbench for AI governance and compliance: an inventory of your AI systems with a tamper-evident audit trail.&lt;/p&gt;&lt;p&gt;Workspace format %2 · Qt %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Attest %1&lt;/h3&gt;&lt;p&gt;Un atelier de gouvernance et de conformité de l&apos;IA&#xa0;: un inventaire de vos systèmes d&apos;IA, avec une piste d&apos;audit qui rend toute falsification détectable.&lt;/p&gt;&lt;p&gt;Format d&apos;espace de travail %2 · Qt %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open This Workspace at &amp;Start</source>
        <translation>Ouvrir cet espace de travail au &amp;démarrage</translation>
    </message>
    <message>
        <source>Attest opens this workspace when it starts without --db</source>
        <translation>Attest ouvre cet espace de travail lorsqu’il démarre sans --db</translation>
    </message>
    <message>
        <source>Upgrading the workspace…</source>
        <translation>Mise à niveau de l’espace de travail…</translation>
    </message>
    <message>
        <source>Catalogs</source>
        <translation>Catalogues</translation>
    </message>
    <message>
        <source>&amp;Catalogs</source>
        <translation>&amp;Catalogues</translation>
    </message>
    <message>
        <source>Loading the catalogs…</source>
        <translation>Chargement des catalogues…</translation>
    </message>
    <message>
        <source>The catalogs could not be loaded: %1</source>
        <translation>Les catalogues n’ont pas pu être chargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The catalogs were updated to this release of Attest. %1</source>
        <translation>Les catalogues ont été mis à jour pour cette version d’Attest. %1</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>C&amp;ontrols</source>
        <translation>M&amp;esures</translation>
    </message>
    <message>
        <source>Co&amp;mpliance</source>
        <translation>Con&amp;formité</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>C&amp;onstats</translation>
    </message>
    <message>
        <source>Show &amp;Compliance</source>
        <translation>Afficher la &amp;conformité</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>&amp;Risks</source>
        <translation>&amp;Risques</translation>
    </message>
    <message>
        <source>Show &amp;Risks</source>
        <translation>Afficher les &amp;risques</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>I&amp;nterviews</source>
        <translation>E&amp;ntretiens</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>Ra&amp;pports…</translation>
    </message>
    <message>
        <source>Generate, preview and save a PDF report</source>
        <translation>Générer, prévisualiser et enregistrer un rapport PDF</translation>
    </message>
    <message>
        <source>&amp;Export for Spreadsheets</source>
        <translation>&amp;Exporter pour tableur</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exportation de %1…</translation>
    </message>
    <message>
        <source>%1 was not exported: %2</source>
        <translation>%1 n’a pas été exporté&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n ligne exportée vers %1.</numerusform>
            <numerusform>%n lignes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>&amp;Quick Open…</source>
        <translation>Ouverture &amp;rapide…</translation>
    </message>
    <message>
        <source>Jump to a system, requirement, control or risk by part of its name</source>
        <translation>Aller à un système, une exigence, une mesure ou un risque par une partie de son nom</translation>
    </message>
    <message>
        <source>Reading the workspace…</source>
        <translation>Lecture de l’espace de travail…</translation>
    </message>
    <message>
        <source>Rarely used</source>
        <translation>Rarement utilisé</translation>
    </message>
    <message>
        <source>An occasional export</source>
        <translation>Une exportation occasionnelle</translation>
    </message>
    <message>
        <source>A setting, rarely changed</source>
        <translation>Un réglage, rarement modifié</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>(none: %1)</source>
        <translation>(aucun&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>Open the selected item</source>
        <translation>Ouvrir l’élément sélectionné</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Filter as you type</source>
        <translation>Filtrer à la saisie</translation>
    </message>
    <message>
        <source>Answer: compliant, partially, non-compliant, not applicable, not assessed</source>
        <translation>Réponse&#xa0;: conforme, partiellement, non conforme, non applicable, non évalué</translation>
    </message>
    <message>
        <source>1 to 5</source>
        <translation>1 à 5</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation>Dialogues</translation>
    </message>
    <message>
        <source>Save / close</source>
        <translation>Enregistrer / fermer</translation>
    </message>
    <message>
        <source>Ctrl+Enter / Esc</source>
        <translation>Ctrl+Entrée / Échap</translation>
    </message>
    <message>
        <source>Quick Open</source>
        <translation>Ouverture rapide</translation>
    </message>
    <message>
        <source>Choose / open</source>
        <translation>Choisir / ouvrir</translation>
    </message>
    <message>
        <source>↑ ↓ / Enter</source>
        <translation>↑ ↓ / Entrée</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Premiers pas</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Open a workspace first. The tour is best taken on the demo workspace: start Attest with “attest --demo --db demo.attest”, or create it with File &gt; New Workspace.</source>
        <translation>Ouvrez d’abord un espace de travail. La visite se fait au mieux sur l’espace de démonstration&#xa0;: lancez Attest avec «&#xa0;attest --demo --db demo.attest&#xa0;», ou créez-le avec Fichier &gt; Nouvel espace de travail.</translation>
    </message>
    <message>
        <source>Welcome to Attest</source>
        <translation>Bienvenue dans Attest</translation>
    </message>
    <message>
        <source>Attest keeps the inventory of your organisation&apos;s AI systems and shows that each one is governed: its risks assessed, controls in place and mapped to the law and to standards, evidence collected, gaps followed up. The views are listed on the left; Ctrl+1 to Ctrl+9 switch between them.</source>
        <translation>Attest tient l’inventaire des systèmes d’IA de votre organisation et montre que chacun est maîtrisé&#xa0;: risques évalués, mesures en place et rattachées aux lois et aux normes, preuves collectées, écarts suivis. Les vues sont listées à gauche&#xa0;; Ctrl+1 à Ctrl+9 passent de l’une à l’autre.</translation>
    </message>
    <message>
        <source>The inventory</source>
        <translation>L’inventaire</translation>
    </message>
    <message>
        <source>Every AI system with its owner, purpose, risk tier and lifecycle stage. Type a few letters to filter; double-click a system to open its record. Ctrl+N adds a system.</source>
        <translation>Chaque système d’IA avec son responsable, sa finalité, son niveau de risque et sa phase de cycle de vie. Tapez quelques lettres pour filtrer&#xa0;; un double-clic ouvre la fiche d’un système. Ctrl+N ajoute un système.</translation>
    </message>
    <message>
        <source>AI-specific risks of each system (data poisoning, prompt injection, model theft, drift, bias…), rated by likelihood and business impact before and after treatment. The heat map shows where they fall.</source>
        <translation>Les risques propres à l’IA de chaque système (empoisonnement des données, injection de prompt, vol de modèle, dérive, biais…), cotés selon la vraisemblance et l’impact métier avant et après traitement. La carte de chaleur montre où ils se situent.</translation>
    </message>
    <message>
        <source>Controls and evidence</source>
        <translation>Mesures et preuves</translation>
    </message>
    <message>
        <source>The control library: what your organisation does, mapped to the requirements it serves. Drop a file on a control&apos;s evidence list to store it as evidence, with its fingerprint.</source>
        <translation>La bibliothèque de mesures&#xa0;: ce que fait votre organisation, rattaché aux exigences couvertes. Déposez un fichier sur la liste des preuves d’une mesure pour l’enregistrer comme preuve, avec son empreinte.</translation>
    </message>
    <message>
        <source>For each system and framework (GDPR, EU AI Act, ISO/IEC 27001 and 42001, NIST AI RMF, HIPAA), which requirements are met, partly met or open, and why. The matrix compares systems; the Statement of Applicability covers ISO/IEC 27001.</source>
        <translation>Pour chaque système et chaque référentiel (RGPD, règlement sur l’IA, ISO/IEC 27001 et 42001, NIST AI RMF, HIPAA)&#xa0;: quelles exigences sont satisfaites, partiellement satisfaites ou ouvertes, et pourquoi. La matrice compare les systèmes&#xa0;; la déclaration d’applicabilité couvre l’ISO/IEC 27001.</translation>
    </message>
    <message>
        <source>Gaps become findings with an owner and a due date, so that nothing found in an audit is forgotten. Overdue findings stand out.</source>
        <translation>Les écarts deviennent des constats avec un responsable et une échéance, pour que rien de ce qu’un audit a relevé ne soit oublié. Les constats en retard ressortent.</translation>
    </message>
    <message>
        <source>Capture answers live during an audit interview: the questions come from the frameworks, each answer is saved as you type, and the session can be printed as a signed record.</source>
        <translation>Saisissez les réponses en direct pendant un entretien d’audit&#xa0;: les questions viennent des référentiels, chaque réponse est enregistrée pendant la frappe, et la séance peut être éditée en procès-verbal signé.</translation>
    </message>
    <message>
        <source>Coverage by framework, the risk heat map, findings by due date and the trends of the last twelve months, for the programme at a glance.</source>
        <translation>La couverture par référentiel, la carte de chaleur des risques, les constats par échéance et l’évolution des douze derniers mois&#xa0;: le programme d’un coup d’œil.</translation>
    </message>
    <message>
        <source>The audit trail</source>
        <translation>La piste d’audit</translation>
    </message>
    <message>
        <source>Every change is recorded with who made it, when and why, in a chain that shows any tampering. Verify it here at any time.</source>
        <translation>Chaque modification est enregistrée avec son auteur, sa date et sa raison, dans une chaîne qui révèle toute falsification. Vérifiez-la ici à tout moment.</translation>
    </message>
    <message>
        <source>Reports and quick open</source>
        <translation>Rapports et accès rapide</translation>
    </message>
    <message>
        <source>File &gt; Reports (Ctrl+P) writes PDF reports for management and regulators, signed if you wish. Ctrl+K jumps to any system, requirement, control or risk by part of its name. Ctrl+/ lists every shortcut, and F1 brings this tour back.</source>
        <translation>Fichier &gt; Rapports (Ctrl+P) produit des rapports PDF pour la direction et les autorités, signés si vous le souhaitez. Ctrl+K mène à tout système, exigence, mesure ou risque d’après une partie de son nom. Ctrl+/ liste tous les raccourcis, et F1 rappelle cette visite.</translation>
    </message>
    <message>
        <source>Workspace &amp;Security…</source>
        <translation>&amp;Sécurité de l’espace de travail…</translation>
    </message>
    <message>
        <source>The key of the new workspace could not be stored in the keychain, so it was not created: %1</source>
        <translation>La clé du nouvel espace de travail n’a pas pu être enregistrée dans le trousseau&#xa0;; il n’a donc pas été créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created the encrypted workspace %1.</source>
        <translation>Espace de travail chiffré %1 créé.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so Attest cannot keep a key for the new workspace for you.</source>
        <translation>Aucun trousseau n’est disponible sur cet ordinateur&#xa0;; Attest ne peut donc pas conserver pour vous une clé pour le nouvel espace de travail.</translation>
    </message>
    <message>
        <source>Encrypt it with a passphrase that you type each time you open it, or create it unencrypted: then anyone who gets a copy of the file can read it.</source>
        <translation>Chiffrez-le avec une phrase secrète que vous saisirez à chaque ouverture, ou créez-le non chiffré&#xa0;: toute personne qui obtient alors une copie du fichier peut le lire.</translation>
    </message>
    <message>
        <source>Encrypt with a &amp;Passphrase…</source>
        <translation>Chiffrer avec une &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>Create &amp;Unencrypted</source>
        <translation>Créer &amp;non chiffré</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Choose the passphrase that opens the new workspace.</source>
        <translation>Choisissez la phrase secrète qui ouvre le nouvel espace de travail.</translation>
    </message>
    <message>
        <source>“%1” can only be opened with its key from the keychain of the computer and user account that encrypted it, and this keychain does not hold it.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut être ouvert qu’avec sa clé du trousseau de l’ordinateur et du compte utilisateur qui l’ont chiffré, et ce trousseau ne la contient pas.</translation>
    </message>
    <message>
        <source>This workspace is encrypted, and this computer&apos;s keychain has no key for it (it was encrypted on another computer or by another user). Enter its recovery passphrase.</source>
        <translation>Cet espace de travail est chiffré, et le trousseau de cet ordinateur n’a aucune clé pour lui (il a été chiffré sur un autre ordinateur ou par un autre utilisateur). Saisissez sa phrase secrète de récupération.</translation>
    </message>
    <message>
        <source>This workspace is encrypted with a passphrase.</source>
        <translation>Cet espace de travail est chiffré avec une phrase secrète.</translation>
    </message>
    <message>
        <source>Workspace Security</source>
        <translation>Sécurité de l’espace de travail</translation>
    </message>
    <message>
        <source>The recovery passphrase opens this workspace where the keychain has no key for it.</source>
        <translation>La phrase secrète de récupération ouvre cet espace de travail là où le trousseau n’a pas de clé pour lui.</translation>
    </message>
    <message>
        <source>The recovery passphrase is set. Keep it somewhere safe, away from the computer.</source>
        <translation>La phrase secrète de récupération est définie. Conservez-la en lieu sûr, à l’écart de l’ordinateur.</translation>
    </message>
    <message>
        <source>Remove Recovery Passphrase</source>
        <translation>Retirer la phrase secrète de récupération</translation>
    </message>
    <message>
        <source>Without a recovery passphrase, only this computer&apos;s keychain opens the workspace: if the keychain is lost, so is the workspace. Remove it?</source>
        <translation>Sans phrase secrète de récupération, seul le trousseau de cet ordinateur ouvre l’espace de travail&#xa0;: si le trousseau est perdu, l’espace de travail l’est aussi. La retirer&#xa0;?</translation>
    </message>
    <message>
        <source>The recovery passphrase is removed.</source>
        <translation>La phrase secrète de récupération a été retirée.</translation>
    </message>
    <message>
        <source>No keychain is available: the encrypted workspace will open with this passphrase.</source>
        <translation>Aucun trousseau n’est disponible&#xa0;: l’espace de travail chiffré s’ouvrira avec cette phrase secrète.</translation>
    </message>
    <message>
        <source>Encrypt This Workspace</source>
        <translation>Chiffrer cet espace de travail</translation>
    </message>
    <message>
        <source>Attest writes an encrypted copy of “%1”, checks it, and puts it in place of the file.</source>
        <translation>Attest écrit une copie chiffrée de «&#xa0;%1&#xa0;», la vérifie et la met à la place du fichier.</translation>
    </message>
    <message>
        <source>What should happen to the unencrypted original? Deleting a file does not guarantee that its contents are gone: on SSDs and on backed-up or synchronised folders, copies of the data may remain. Keep the original only if you will store it somewhere safe.</source>
        <translation>Que faire de l’original non chiffré&#xa0;? Supprimer un fichier ne garantit pas que son contenu a disparu&#xa0;: sur les SSD et dans les dossiers sauvegardés ou synchronisés, des copies des données peuvent subsister. Ne conservez l’original que si vous allez le ranger en lieu sûr.</translation>
    </message>
    <message>
        <source>&amp;Delete the Original</source>
        <translation>&amp;Supprimer l’original</translation>
    </message>
    <message>
        <source>&amp;Keep It Beside</source>
        <translation>&amp;Conserver à côté</translation>
    </message>
    <message>
        <source>Encrypting the workspace…</source>
        <translation>Chiffrement de l’espace de travail…</translation>
    </message>
    <message>
        <source>The key could not be stored in the keychain; the workspace is unchanged: %1</source>
        <translation>La clé n’a pas pu être enregistrée dans le trousseau&#xa0;; l’espace de travail est inchangé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The workspace is encrypted. The unencrypted original was deleted.</source>
        <translation>L’espace de travail est chiffré. L’original non chiffré a été supprimé.</translation>
    </message>
    <message>
        <source>The workspace is encrypted. The unencrypted original is at %1: store it safely or delete it.</source>
        <translation>L’espace de travail est chiffré. L’original non chiffré se trouve à %1&#xa0;: conservez-le en lieu sûr ou supprimez-le.</translation>
    </message>
    <message>
        <source>Enter the recovery passphrase: it will open the workspace with its new key too.</source>
        <translation>Saisissez la phrase secrète de récupération&#xa0;: elle ouvrira aussi l’espace de travail avec sa nouvelle clé.</translation>
    </message>
    <message>
        <source>Without a keychain or a recovery passphrase there is nothing to encrypt the new key with.</source>
        <translation>Sans trousseau ni phrase secrète de récupération, il n’y a rien avec quoi chiffrer la nouvelle clé.</translation>
    </message>
    <message>
        <source>Re-encrypting every page…</source>
        <translation>Rechiffrement de toutes les pages…</translation>
    </message>
    <message>
        <source>Save a Decrypted Copy</source>
        <translation>Enregistrer une copie déchiffrée</translation>
    </message>
    <message>
        <source>The copy is not encrypted: anyone who gets it can read every risk, gap and piece of evidence in it. The export is recorded in the audit trail. Continue?</source>
        <translation>La copie n’est pas chiffrée&#xa0;: quiconque l’obtient peut y lire chaque risque, chaque écart et chaque preuve. L’export est consigné dans la piste d’audit. Continuer&#xa0;?</translation>
    </message>
    <message>
        <source>Writing a decrypted copy…</source>
        <translation>Écriture d’une copie déchiffrée…</translation>
    </message>
    <message>
        <source>A decrypted copy is at %1. Store it safely, and delete it when it is no longer needed.</source>
        <translation>Une copie déchiffrée se trouve à %1. Conservez-la en lieu sûr, et supprimez-la dès qu’elle n’est plus nécessaire.</translation>
    </message>
    <message>
        <source>The workspace changed while it was being encrypted; try again.</source>
        <translation>L’espace de travail a changé pendant son chiffrement&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>Another Attest opened the workspace; it was not changed.</source>
        <translation>Un autre Attest a ouvert l’espace de travail&#xa0;; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The workspace&apos;s journal was not written back; it was not changed.</source>
        <translation>Le journal de l’espace de travail n’a pas été réintégré&#xa0;; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The original could not be kept as “%1”; the workspace is unchanged.</source>
        <translation>L’original n’a pas pu être conservé sous «&#xa0;%1&#xa0;»&#xa0;; l’espace de travail est inchangé.</translation>
    </message>
    <message>
        <source>The encrypted copy could not be put in place; the workspace is unchanged.</source>
        <translation>La copie chiffrée n’a pas pu être mise en place&#xa0;; l’espace de travail est inchangé.</translation>
    </message>
    <message>
        <source>This keychain cannot hold a second key; the workspace is unchanged.</source>
        <translation>Ce trousseau ne peut pas contenir une deuxième clé&#xa0;; l’espace de travail est inchangé.</translation>
    </message>
    <message>
        <source>The new key could not be stored in the keychain; the workspace is unchanged: %1</source>
        <translation>La nouvelle clé n’a pas pu être enregistrée dans le trousseau&#xa0;; l’espace de travail est inchangé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every page is encrypted with a new key; the old key opens nothing any more. Copies made before (Save a Copy As, backups) keep the old key: they open only with their recovery passphrase from now on.</source>
        <translation>Chaque page est chiffrée avec une nouvelle clé&#xa0;; l’ancienne clé n’ouvre plus rien. Les copies faites auparavant («&#xa0;Enregistrer une copie sous&#xa0;», sauvegardes) gardent l’ancienne clé&#xa0;: elles ne s’ouvrent désormais qu’avec leur phrase secrète de récupération.</translation>
    </message>
    <message>
        <source>Keeping the original…</source>
        <translation>Conservation de l’original…</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>attest::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>attest::ui::PassphraseDialog</name>
    <message>
        <source>Unlock Workspace</source>
        <translation>Déverrouiller l’espace de travail</translation>
    </message>
    <message>
        <source>Recovery Passphrase</source>
        <translation>Phrase secrète de récupération</translation>
    </message>
    <message>
        <source>Recovery &amp;passphrase:</source>
        <translation>&amp;Phrase secrète de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>Nouvelle &amp;phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter&#xa0;:</translation>
    </message>
    <message>
        <source>At least %1 characters; a few unrelated words are easy to type and hard to guess. Write it down and keep it somewhere safe: without it, this workspace cannot be opened on another computer, and nobody can recover it for you.</source>
        <translation>Au moins %1 caractères&#xa0;; quelques mots sans rapport entre eux sont faciles à saisir et difficiles à deviner. Notez-la et conservez-la en lieu sûr&#xa0;: sans elle, cet espace de travail ne peut pas être ouvert sur un autre ordinateur, et personne ne pourra la récupérer pour vous.</translation>
    </message>
    <message>
        <source>The passphrase is checked on this computer only; a wrong one changes nothing.</source>
        <translation>La phrase secrète n’est vérifiée que sur cet ordinateur&#xa0;; une phrase erronée ne change rien.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Set Passphrase</source>
        <translation>&amp;Définir la phrase secrète</translation>
    </message>
    <message>
        <source>%1 more characters, please.</source>
        <translation>Encore %1 caractères, s’il vous plaît.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Les deux saisies diffèrent.</translation>
    </message>
</context>
<context>
    <name>attest::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>e.g. Maria Rossi, Risk Office</source>
        <translation>p. ex. Maria Rossi, Gestion des risques</translation>
    </message>
    <message>
        <source>Recorded with every change in the audit trail, beside your computer account %1.</source>
        <translation>Enregistré avec chaque modification dans la piste d’audit, à côté de votre compte %1.</translation>
    </message>
    <message>
        <source>Recorded with every change, beside your computer account (%1).</source>
        <translation>Enregistré avec chaque modification, à côté de votre compte (%1).</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and reports, and how dates and numbers are written.</source>
        <translation>La langue des menus, des dialogues et des rapports, et l’écriture des dates et des nombres.</translation>
    </message>
    <message>
        <source>The new language is used when Attest is next started.</source>
        <translation>La nouvelle langue s’applique au prochain démarrage d’Attest.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence&#xa0;:</translation>
    </message>
</context>
<context>
    <name>attest::ui::QuickOpenDialog</name>
    <message>
        <source>Quick Open</source>
        <translation>Ouverture rapide</translation>
    </message>
    <message>
        <source>Part of the name of a system, requirement, control or risk</source>
        <translation>Partie du nom d’un système, d’une exigence, d’une mesure ou d’un risque</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>↑ ↓ to choose, Enter to open, Esc to close</source>
        <translation>↑ ↓ pour choisir, Entrée pour ouvrir, Échap pour fermer</translation>
    </message>
</context>
<context>
    <name>attest::ui::ReportDialog</name>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>PDF/A-1b, for archiving</source>
        <translation>PDF/A-1b, pour l’archivage</translation>
    </message>
    <message>
        <source>&amp;Generate Preview</source>
        <translation>&amp;Générer l’aperçu</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>%1 %2 (retired)</source>
        <translation>%1 %2 (hors service)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Named on the cover</source>
        <translation>Indiquée en couverture</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport&#xa0;:</translation>
    </message>
    <message>
        <source>AI s&amp;ystem:</source>
        <translation>S&amp;ystème d’IA&#xa0;:</translation>
    </message>
    <message>
        <source>Inter&amp;view:</source>
        <translation>En&amp;tretien&#xa0;:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <source>All AI systems</source>
        <translation>Tous les systèmes d’IA</translation>
    </message>
    <message>
        <source>No private temporary folder could be made for the preview.</source>
        <translation>Impossible de créer un dossier temporaire privé pour l’aperçu.</translation>
    </message>
    <message>
        <source>Generating the %1…</source>
        <translation>Génération en cours&#xa0;: %1…</translation>
    </message>
    <message>
        <source>Reading the workspace…</source>
        <translation>Lecture de l’espace de travail…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message>
        <source>Cancelled: no report was made.</source>
        <translation>Annulé&#xa0;: aucun rapport n’a été créé.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Look it over, then save it.</source>
        <translation>
            <numerusform>%n page. Vérifiez le rapport, puis enregistrez-le.</numerusform>
            <numerusform>%n pages. Vérifiez le rapport, puis enregistrez-le.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be saved to “%1”: %2</source>
        <translation>Le rapport n’a pas pu être enregistré dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Sign with my signing key</source>
        <translation>Si&amp;gner avec ma clé de signature</translation>
    </message>
    <message>
        <source>Export Public &amp;Key…</source>
        <translation>E&amp;xporter la clé publique…</translation>
    </message>
    <message>
        <source>Prints the key&apos;s fingerprint on the cover and saves a signature file (.sig) beside the report; anyone with your public key can check that not one byte changed</source>
        <translation>Imprime l&apos;empreinte de la clé sur la page de garde et enregistre un fichier de signature (.sig) à côté du rapport&#xa0;; toute personne disposant de votre clé publique peut vérifier qu&apos;aucun octet n&apos;a changé</translation>
    </message>
    <message>
        <source>Save your public key, for those who verify your reports (attest verify)</source>
        <translation>Enregistrer votre clé publique, pour ceux qui vérifient vos rapports (attest verify)</translation>
    </message>
    <message>
        <source>Sign the Report</source>
        <translation>Signer le rapport</translation>
    </message>
    <message>
        <source>The report cannot be signed: %1

Generate it unsigned?</source>
        <translation>Le rapport ne peut pas être signé&#xa0;: %1

Le générer sans signature&#xa0;?</translation>
    </message>
    <message>
        <source>Not generated: %1</source>
        <translation>Non généré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved to %1 and signed (%2).</source>
        <translation>Enregistré sous %1 et signé (%2).</translation>
    </message>
    <message>
        <source>Export Public Key</source>
        <translation>Exporter la clé publique</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>Clés publiques (*.pub)</translation>
    </message>
    <message>
        <source>Public key saved to %1. Its fingerprint: %2</source>
        <translation>Clé publique enregistrée sous %1. Son empreinte&#xa0;: %2</translation>
    </message>
    <message>
        <source>The public key could not be exported: %1</source>
        <translation>La clé publique n&apos;a pas pu être exportée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Generate the report again to sign it.</source>
        <translation>Générez à nouveau le rapport pour le signer.</translation>
    </message>
    <message>
        <source>Generate the report again without a signature.</source>
        <translation>Générez à nouveau le rapport sans signature.</translation>
    </message>
    <message>
        <source>Waiting for the keychain…</source>
        <translation>En attente du trousseau…</translation>
    </message>
    <message>
        <source>Generate the report first.</source>
        <translation>Générez d’abord le rapport.</translation>
    </message>
    <message>
        <source>The report could not be signed, so nothing was saved: %1</source>
        <translation>Le rapport n’a pas pu être signé&#xa0;; rien n’a donc été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The signature could not be written to “%1”, so nothing was saved: %2</source>
        <translation>La signature n’a pas pu être écrite dans «&#xa0;%1&#xa0;»&#xa0;; rien n’a donc été enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>The signature could not be written to “%1”, so the report was removed again: %2</source>
        <translation>La signature n’a pas pu être écrite dans «&#xa0;%1&#xa0;»&#xa0;; le rapport a donc été retiré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved to %1, but the old signature %2 beside it could not be removed: it no longer matches, delete it.</source>
        <translation>Enregistré sous %1, mais l’ancienne signature %2 à côté n’a pas pu être supprimée&#xa0;: elle ne correspond plus, supprimez-la.</translation>
    </message>
</context>
<context>
    <name>attest::ui::RiskDialog</name>
    <message>
        <source>Not assessed yet</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <source>Edit risk</source>
        <translation>Modifier le risque</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Nouveau risque</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>AI &amp;system:</source>
        <translation>&amp;Système d’IA&#xa0;:</translation>
    </message>
    <message>
        <source>Add suggested controls</source>
        <translation>Ajouter les mesures suggérées</translation>
    </message>
    <message>
        <source>Tick the controls the threat catalog suggests for this threat.</source>
        <translation>Cocher les mesures que le catalogue des menaces suggère pour cette menace.</translation>
    </message>
    <message>
        <source>&amp;Threat:</source>
        <translation>&amp;Menace&#xa0;:</translation>
    </message>
    <message>
        <source>What could happen, to what, and with what consequence, in plain words.</source>
        <translation>Ce qui pourrait arriver, à quoi et avec quelle conséquence, en termes simples.</translation>
    </message>
    <message>
        <source>S&amp;cenario:</source>
        <translation>Scé&amp;nario&#xa0;:</translation>
    </message>
    <message>
        <source>Affected assets:</source>
        <translation>Actifs concernés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Likelihood:</source>
        <translation>&amp;Vraisemblance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Impact&#xa0;:</translation>
    </message>
    <message>
        <source>Inherent level:</source>
        <translation>Niveau inhérent&#xa0;:</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Non décidé</translation>
    </message>
    <message>
        <source>T&amp;reatment:</source>
        <translation>&amp;Traitement&#xa0;:</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Status for this system</source>
        <translation>Statut pour ce système</translation>
    </message>
    <message>
        <source>Treating controls</source>
        <translation>Mesures de traitement</translation>
    </message>
    <message>
        <source>Treating &amp;controls:</source>
        <translation>M&amp;esures de traitement&#xa0;:</translation>
    </message>
    <message>
        <source>Residual likelihood:</source>
        <translation>Vraisemblance résiduelle&#xa0;:</translation>
    </message>
    <message>
        <source>Residual impact:</source>
        <translation>Impact résiduel&#xa0;:</translation>
    </message>
    <message>
        <source>Residual level:</source>
        <translation>Niveau résiduel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Set a date</source>
        <translation>Définir une date</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <source>Next re&amp;view:</source>
        <translation>Prochaine rev&amp;ue&#xa0;:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atut&#xa0;:</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptation</translation>
    </message>
    <message>
        <source>Who is accountable for accepting it</source>
        <translation>Qui répond de son acceptation</translation>
    </message>
    <message>
        <source>Accepted &amp;by:</source>
        <translation>Accepté &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>Accepted on:</source>
        <translation>Accepté le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification&#xa0;:</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>pas encore évalué</translation>
    </message>
    <message>
        <source>Needed when the risk is accepted.</source>
        <translation>Nécessaire si le risque est accepté.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Score %1 is above the acceptance threshold (%2):&lt;/b&gt; accepting it needs an approver, a date and a justification, all recorded in the audit trail.</source>
        <translation>&lt;b&gt;Le score %1 dépasse le seuil d’acceptation (%2)&#xa0;:&lt;/b&gt; l’accepter exige un approbateur, une date et une justification, tous enregistrés dans la piste d’audit.</translation>
    </message>
    <message>
        <source>Score %1 is within the acceptance threshold (%2): the owner may accept it.</source>
        <translation>Le score %1 ne dépasse pas le seuil d’acceptation (%2)&#xa0;: le responsable peut l’accepter.</translation>
    </message>
    <message>
        <source>Scored on risk matrix version %1; saving scores it again on the current version %2. Check likelihood and impact.</source>
        <translation>Coté avec la version %1 de la matrice des risques&#xa0;; l’enregistrement le recote avec la version actuelle %2. Vérifiez la vraisemblance et l’impact.</translation>
    </message>
    <message>
        <source>Choose the AI system and the threat.</source>
        <translation>Choisir le système d’IA et la menace.</translation>
    </message>
    <message>
        <source>Choose likelihood and impact on the current risk matrix.</source>
        <translation>Choisir la vraisemblance et l’impact sur la matrice des risques actuelle.</translation>
    </message>
    <message>
        <source>Choose the residual likelihood and impact on the current risk matrix, or “Not assessed yet”.</source>
        <translation>Choisir la vraisemblance et l’impact résiduels sur la matrice des risques actuelle, ou «&#xa0;Pas encore évalué&#xa0;».</translation>
    </message>
    <message>
        <source>The control library could not be read, so the treating controls cannot be saved; try again.</source>
        <translation>La bibliothèque de mesures n’a pas pu être lue, les mesures de traitement ne peuvent donc pas être enregistrées&#xa0;; réessayez.</translation>
    </message>
</context>
<context>
    <name>attest::ui::RiskImportDialog</name>
    <message>
        <source>Import Risk Register — %1</source>
        <translation>Importer un registre des risques — %1</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Rows in the file: %1. Check what each column is read as; every row is checked before anything is written, and nothing is imported while a problem remains.</source>
        <translation>Lignes dans le fichier&#xa0;: %1. Vérifier comment chaque colonne est lue&#xa0;; chaque ligne est vérifiée avant toute écriture, et rien n’est importé tant qu’un problème subsiste.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lue comme</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>Read column “%1” as</source>
        <translation>Lire la colonne «&#xa0;%1&#xa0;» comme</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Problems and new threats</source>
        <translation>Problèmes et nouvelles menaces</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Premières lignes</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>%1
(ignored)</source>
        <translation>%1
(ignorée)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>New threat “%1” (line %2)</source>
        <translation>Nouvelle menace «&#xa0;%1&#xa0;» (ligne %2)</translation>
    </message>
    <message>
        <source>New threat “%1” (lines %2)</source>
        <translation>Nouvelle menace «&#xa0;%1&#xa0;» (lignes %2)</translation>
    </message>
    <message>
        <source>Add the new threats listed above to the threat catalog (%1)</source>
        <translation>Ajouter les nouvelles menaces listées ci-dessus au catalogue des menaces (%1)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L’import a été annulé&#xa0;; rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>attest::ui::RiskMatrixDialog</name>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Ajouter un échelon</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>&amp;Supprimer l’échelon</translation>
    </message>
    <message>
        <source>A&amp;dd step</source>
        <translation>Ajo&amp;uter un échelon</translation>
    </message>
    <message>
        <source>R&amp;emove step</source>
        <translation>Supp&amp;rimer l’échelon</translation>
    </message>
    <message>
        <source>Add &amp;level</source>
        <translation>Ajouter un &amp;niveau</translation>
    </message>
    <message>
        <source>Remove le&amp;vel</source>
        <translation>Supprimer le ni&amp;veau</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Couleur…</translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation>Matrice des risques</translation>
    </message>
    <message>
        <source>You are editing version %1 of the risk matrix. Saving creates version %2: risks already scored keep the version they were scored with; new and re-scored risks use the new one.</source>
        <translation>Modification de la version %1 de la matrice des risques. L’enregistrement crée la version %2&#xa0;: les risques déjà cotés conservent la version avec laquelle ils ont été cotés&#xa0;; les risques nouveaux ou recotés utilisent la nouvelle.</translation>
    </message>
    <message>
        <source>No risk matrix has been saved yet; these are the defaults. Saving creates version 1.</source>
        <translation>Aucune matrice des risques n’a encore été enregistrée&#xa0;; voici les valeurs par défaut. L’enregistrement crée la version 1.</translation>
    </message>
    <message>
        <source>Likelihood (step 1 = least likely)</source>
        <translation>Vraisemblance (échelon 1 = la moins probable)</translation>
    </message>
    <message>
        <source>Impact (step 1 = least severe)</source>
        <translation>Impact (échelon 1 = le moins grave)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>From score</source>
        <translation>À partir du score</translation>
    </message>
    <message>
        <source>To score</source>
        <translation>Jusqu’au score</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <source>Each level covers a range of scores (likelihood × impact); press Enter or double-click a colour to change it.</source>
        <translation>Chaque niveau couvre une plage de scores (vraisemblance × impact)&#xa0;; appuyer sur Entrée ou double-cliquer sur une couleur pour la changer.</translation>
    </message>
    <message>
        <source>Risks scoring above the threshold need an approver, a date and a justification to be accepted.</source>
        <translation>Les risques dont le score dépasse le seuil exigent, pour être acceptés, un approbateur, une date et une justification.</translation>
    </message>
    <message>
        <source>Acceptance &amp;threshold:</source>
        <translation>Seuil d’accep&amp;tation&#xa0;:</translation>
    </message>
    <message>
        <source>Preview of the matrix</source>
        <translation>Aperçu de la matrice</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Rows: likelihood, most likely at the top. Columns: impact, most severe on the right. Hover over a cell for its explanation.</source>
        <translation>Lignes&#xa0;: vraisemblance, la plus probable en haut. Colonnes&#xa0;: impact, le plus grave à droite. Survoler une cellule pour afficher son explication.</translation>
    </message>
    <message>
        <source>Optional: why the matrix changes (recorded with the new version)</source>
        <translation>Facultatif&#xa0;: pourquoi la matrice change (enregistré avec la nouvelle version)</translation>
    </message>
    <message>
        <source>&amp;Why this change:</source>
        <translation>&amp;Motif de la modification&#xa0;:</translation>
    </message>
    <message>
        <source>The workspace is open read-only, so the matrix cannot be changed. %1</source>
        <translation>L’espace de travail est ouvert en lecture seule&#xa0;: la matrice ne peut donc pas être modifiée. %1</translation>
    </message>
    <message>
        <source>Step name</source>
        <translation>Nom de l’échelon</translation>
    </message>
    <message>
        <source>Press Enter or double-click to choose another colour.</source>
        <translation>Appuyer sur Entrée ou double-cliquer pour choisir une autre couleur.</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Couleur de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Échelon %1</translation>
    </message>
    <message>
        <source>New level</source>
        <translation>Nouveau niveau</translation>
    </message>
    <message>
        <source>Scores above %1 need an approver to be accepted.</source>
        <translation>Les scores supérieurs à %1 exigent un approbateur pour être acceptés.</translation>
    </message>
    <message>
        <source>Scores up to %1 (%2) may be accepted by the risk owner; higher ones need an approver.</source>
        <translation>Les scores jusqu’à %1 (%2) peuvent être acceptés par le responsable du risque&#xa0;; au-delà, un approbateur est nécessaire.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Score %1 is not covered by any level.</source>
        <translation>Le score %1 n’est couvert par aucun niveau.</translation>
    </message>
    <message>
        <source>%1
Above the acceptance threshold: accepting it needs an approver.</source>
        <translation>%1
Au-dessus du seuil d’acceptation&#xa0;: l’accepter exige un approbateur.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt;&amp;nbsp;%2&amp;nbsp;(%3)</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt;&amp;nbsp;%2&amp;nbsp;(%3)</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Bold scores are above the acceptance threshold (%2).</source>
        <translation>%1&lt;br&gt;Les scores en gras dépassent le seuil d’acceptation (%2).</translation>
    </message>
</context>
<context>
    <name>attest::ui::RiskView</name>
    <message>
        <source>&amp;New Risk…</source>
        <translation>&amp;Nouveau risque…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Risk &amp;Matrix…</source>
        <translation>Matrice des &amp;risques…</translation>
    </message>
    <message>
        <source>EU AI Act &amp;Tier Assistant…</source>
        <translation>&amp;Assistant de niveau de risque (AI Act)…</translation>
    </message>
    <message>
        <source>Propose the EU AI Act tier of the selected risk&apos;s system, or of the system filtered on</source>
        <translation>Proposer le niveau de risque selon le règlement européen sur l’IA pour le système du risque sélectionné, ou pour le système filtré</translation>
    </message>
    <message>
        <source>System filter</source>
        <translation>Filtre par système</translation>
    </message>
    <message>
        <source>Threat filter</source>
        <translation>Filtre par menace</translation>
    </message>
    <message>
        <source>Level filter</source>
        <translation>Filtre par niveau</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filtre par responsable</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>En retard &amp;uniquement</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>S&amp;ystème&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;hreat:</source>
        <translation>M&amp;enace&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>Ni&amp;veau&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Res&amp;ponsable&#xa0;:</translation>
    </message>
    <message>
        <source>Show All Cells</source>
        <translation>Afficher toutes les cellules</translation>
    </message>
    <message>
        <source>Heat Map</source>
        <translation>Carte de chaleur</translation>
    </message>
    <message>
        <source>I&amp;nherent</source>
        <translation>In&amp;hérent</translation>
    </message>
    <message>
        <source>Resi&amp;dual</source>
        <translation>Rési&amp;duel</translation>
    </message>
    <message>
        <source>Selected Risk</source>
        <translation>Risque sélectionné</translation>
    </message>
    <message>
        <source>All systems</source>
        <translation>Tous les systèmes</translation>
    </message>
    <message>
        <source>All threats</source>
        <translation>Toutes les menaces</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <source>Accepting a score above %1 needs an approver. Matrix version %2.</source>
        <translation>Accepter un score supérieur à %1 exige un approbateur. Version de la matrice&#xa0;: %2.</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>Risks shown: %1</source>
        <translation>Risques affichés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Residual cell: %1</source>
        <translation>Cellule résiduelle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Inherent cell: %1</source>
        <translation>Cellule inhérente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select a risk to see how its levels were reached and how its treating controls stand.</source>
        <translation>Sélectionner un risque pour voir comment ses niveaux ont été obtenus et où en sont ses mesures de traitement.</translation>
    </message>
    <message>
        <source>Affected: %1</source>
        <translation>Concernés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Inherent:</source>
        <translation>Inhérent&#xa0;:</translation>
    </message>
    <message>
        <source>Residual:</source>
        <translation>Résiduel&#xa0;:</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>pas encore évalué</translation>
    </message>
    <message>
        <source>Scored with risk matrix version %1.</source>
        <translation>Coté avec la version %1 de la matrice des risques.</translation>
    </message>
    <message>
        <source>Treatment:</source>
        <translation>Traitement&#xa0;:</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Due: %1 (overdue)</source>
        <translation>Échéance&#xa0;: %1 (en retard)</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Échéance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next review: %1</source>
        <translation>Prochaine revue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Accepted by %1 on %2: %3</source>
        <translation>Accepté par %1 le %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Risk added to the register.</source>
        <translation>Risque ajouté au registre.</translation>
    </message>
    <message>
        <source>Remove Risk</source>
        <translation>Supprimer le risque</translation>
    </message>
    <message>
        <source>Remove this risk from the register? The removal is recorded in the audit trail.</source>
        <translation>Supprimer ce risque du registre&#xa0;? La suppression est consignée dans la piste d’audit.</translation>
    </message>
    <message>
        <source>Import Risk Register</source>
        <translation>Importer un registre des risques</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>%1 importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export Risk Register</source>
        <translation>Exporter le registre des risques</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Risks exported to %1: %2.</source>
        <translation>Risques exportés vers %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Risk matrix version %1 saved. Scores already recorded keep the version they were made with; a risk is scored on the new matrix when it is next edited.</source>
        <translation>Version %1 de la matrice des risques enregistrée. Les cotations déjà enregistrées conservent la version avec laquelle elles ont été faites&#xa0;; un risque est coté sur la nouvelle matrice lors de sa prochaine modification.</translation>
    </message>
    <message>
        <source>Select a risk, or filter on a system, to run the tier assistant for it.</source>
        <translation>Sélectionner un risque, ou filtrer sur un système, pour lancer l’assistant de niveau de risque.</translation>
    </message>
    <message>
        <source>EU AI Act tier recorded on the system, with the reasoning, in the audit trail.</source>
        <translation>Niveau de risque (règlement européen sur l’IA) enregistré pour le système, avec le raisonnement, dans la piste d’audit.</translation>
    </message>
    <message>
        <source>Each risk at its likelihood and impact before treatment.</source>
        <translation>Chaque risque selon sa vraisemblance et son impact avant traitement.</translation>
    </message>
    <message>
        <source>Each risk at its residual likelihood and impact; risks without a residual assessment yet stay at their inherent cell.</source>
        <translation>Chaque risque selon sa vraisemblance et son impact résiduels&#xa0;; les risques sans évaluation résiduelle restent dans leur case inhérente.</translation>
    </message>
    <message>
        <source>Risks shown: %1 (%2 of them scored on an earlier risk matrix lie outside this heat map)</source>
        <translation>Risques affichés&#xa0;: %1 (dont %2, cotés sur une matrice des risques antérieure, hors de cette carte de chaleur)</translation>
    </message>
    <message>
        <source>business unit %1</source>
        <translation>unité métier %1</translation>
    </message>
    <message>
        <source>not closed</source>
        <translation>non clôturés</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Registre des risques</translation>
    </message>
</context>
<context>
    <name>attest::ui::ScopeBar</name>
    <message>
        <source>Show &amp;All</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Affichage&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>attest::ui::SoaView</name>
    <message>
        <source>Mark &amp;Not Applicable…</source>
        <translation>Marquer &amp;non applicable…</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>Applicable</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Linked controls</source>
        <translation>Mesures liées</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Yes (not yet justified)</source>
        <translation>Oui (pas encore justifié)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2022 Annex A: %1 controls, %2 applicable, %3 implemented; %4 without a recorded decision. Double-click a control to include or exclude it.</source>
        <translation>ISO/IEC 27001:2022 annexe A&#xa0;: %1 mesures, %2 applicables, %3 mises en œuvre&#xa0;; %4 sans décision enregistrée. Double-cliquer sur une mesure pour l’inclure ou l’exclure.</translation>
    </message>
    <message>
        <source>Exclude %1</source>
        <translation>Exclure %1</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>Inclure %1</translation>
    </message>
    <message>
        <source>Why does %1 not apply? (required)</source>
        <translation>Pourquoi %1 ne s’applique-t-elle pas&#xa0;? (obligatoire)</translation>
    </message>
    <message>
        <source>Why does %1 apply?</source>
        <translation>Pourquoi %1 s’applique-t-elle&#xa0;?</translation>
    </message>
    <message>
        <source>Drop a file on a row to store it as evidence for that control.</source>
        <translation>Déposez un fichier sur une ligne pour l’enregistrer comme preuve de cette mesure.</translation>
    </message>
</context>
<context>
    <name>attest::ui::SystemComplianceView</name>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>&amp;Assess by Hand</source>
        <translation>Évaluer &amp;manuellement</translation>
    </message>
    <message>
        <source>Use &amp;Derived Status</source>
        <translation>Utiliser le statut &amp;déduit</translation>
    </message>
    <message>
        <source>Raise &amp;Finding…</source>
        <translation>Ouvrir un &amp;constat…</translation>
    </message>
    <message>
        <source>AI system code, e.g. HR-CV-01</source>
        <translation>Code du système d’IA, p.&#xa0;ex. HR-CV-01</translation>
    </message>
    <message>
        <source>AI system</source>
        <translation>Système d’IA</translation>
    </message>
    <message>
        <source>Why (required): what you saw, who confirmed it</source>
        <translation>Pourquoi (obligatoire)&#xa0;: ce que vous avez constaté, qui l’a confirmé</translation>
    </message>
    <message>
        <source>AI &amp;system:</source>
        <translation>&amp;Système d’IA&#xa0;:</translation>
    </message>
    <message>
        <source>Selected requirement</source>
        <translation>Exigence sélectionnée</translation>
    </message>
    <message>
        <source>There is no AI system “%1”.</source>
        <translation>Il n’existe pas de système d’IA «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Choose an AI system</source>
        <translation>Choisir un système d’IA</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1
%2

%3</source>
        <translation>%1
%2

%3</translation>
    </message>
    <message>
        <source>Not applying (see Change…): %1</source>
        <translation>Ne s’appliquent pas (voir Modifier…)&#xa0;: %1</translation>
    </message>
    <message>
        <source>No framework applies to this system yet: confirm the ones that do.</source>
        <translation>Aucun référentiel ne s’applique encore à ce système&#xa0;: confirmer ceux qui s’appliquent.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coverage %1&lt;/b&gt; — %2. &lt;i&gt;(compliant + ½ partially) ÷ assessed&lt;/i&gt;</source>
        <translation>&lt;b&gt;Couverture %1&lt;/b&gt; — %2. &lt;i&gt;(conformes + ½ partiellement) ÷ évaluées&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Applies (confirmed): %1</source>
        <translation>S’applique (confirmé)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Applies (proposed from the system&apos;s facts; not yet confirmed): %1</source>
        <translation>S’applique (proposé d’après les données du système&#xa0;; pas encore confirmé)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select a requirement to see how its status was reached.</source>
        <translation>Sélectionner une exigence pour voir comment son statut a été obtenu.</translation>
    </message>
    <message>
        <source>Assessed by hand and recorded in the audit trail.</source>
        <translation>Évaluée manuellement et enregistrée dans la piste d’audit.</translation>
    </message>
    <message>
        <source>Raise Finding</source>
        <translation>Ouvrir un constat</translation>
    </message>
    <message>
        <source>What is missing? (due in 30 days; edit it under Findings)</source>
        <translation>Que manque-t-il&#xa0;? (échéance dans 30 jours&#xa0;; à modifier sous Constats)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Finding raised: %1</source>
        <translation>Constat ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>applies</source>
        <translation>s’applique</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>ne s’applique pas</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>Frameworks That Apply</source>
        <translation>Référentiels applicables</translation>
    </message>
    <message>
        <source>Framework to confirm or change for %1:</source>
        <translation>Référentiel à confirmer ou modifier pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>It applies</source>
        <translation>Il s’applique</translation>
    </message>
    <message>
        <source>It does not apply</source>
        <translation>Il ne s’applique pas</translation>
    </message>
    <message>
        <source>Does %1 apply?</source>
        <translation>%1 s’applique-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>Why (recorded in the audit trail):</source>
        <translation>Pourquoi (enregistré dans la piste d’audit)&#xa0;:</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Référentiels</translation>
    </message>
    <message>
        <source>Requirements of %1</source>
        <translation>Exigences de %1</translation>
    </message>
</context>
<context>
    <name>attest::ui::SystemDialog</name>
    <message>
        <source>New AI system</source>
        <translation>Nouveau système d&apos;IA</translation>
    </message>
    <message>
        <source>AI system %1 (read-only)</source>
        <translation>Système d&apos;IA %1 (lecture seule)</translation>
    </message>
    <message>
        <source>AI system %1</source>
        <translation>Système d&apos;IA %1</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Choisir une date</translation>
    </message>
    <message>
        <source>e.g. customer-facing, pilot</source>
        <translation>p. ex. en contact avec la clientèle, pilote</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— non défini —</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Model version</source>
        <translation>Version du modèle</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Validated by</source>
        <translation>Validé par</translation>
    </message>
    <message>
        <source>&amp;Add entry…</source>
        <translation>&amp;Ajouter une entrée…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove change log entry</source>
        <translation>Supprimer l&apos;entrée du journal des modifications</translation>
    </message>
    <message>
        <source>Remove the entry of %1? The removal is recorded in the audit trail.</source>
        <translation>Supprimer l&apos;entrée du %1&#xa0;? La suppression est consignée dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>Save the new system first; then its change log can be kept here.</source>
        <translation>Enregistrer d&apos;abord le nouveau système&#xa0;; son journal des modifications pourra ensuite être tenu ici.</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1&#xa0;: champ obligatoire.</translation>
    </message>
    <message>
        <source>The code “%1” is already used by another AI system.</source>
        <translation>Le code «&#xa0;%1&#xa0;» est déjà utilisé par un autre système d&apos;IA.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Before saving: %1</source>
        <translation>Avant l&apos;enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Suggest…</source>
        <translation>Suggérer…</translation>
    </message>
    <message>
        <source>Answer the EU AI Act questions to get a proposed tier</source>
        <translation>Répondre aux questions du règlement européen sur l’IA pour obtenir une proposition de niveau de risque</translation>
    </message>
    <message>
        <source>the new AI system</source>
        <translation>le nouveau système d’IA</translation>
    </message>
    <message>
        <source>&amp;Use this tier</source>
        <translation>&amp;Utiliser ce niveau de risque</translation>
    </message>
    <message>
        <source>Puts the proposed tier into the form; Save records it.</source>
        <translation>Reporte le niveau de risque proposé dans le formulaire&#xa0;; il est consigné à l’enregistrement.</translation>
    </message>
    <message>
        <source>Sections of the system record</source>
        <translation>Sections de la fiche du système</translation>
    </message>
</context>
<context>
    <name>attest::ui::SystemRecordDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>attest::ui::TierAssistantDialog</name>
    <message>
        <source>EU AI Act tier assistant – %1</source>
        <translation>Assistant de niveau de risque (règlement européen sur l’IA) – %1</translation>
    </message>
    <message>
        <source>Tick every question you answer with yes for &lt;b&gt;%1&lt;/b&gt;. The proposal on the right follows your answers.</source>
        <translation>Cocher chaque question dont la réponse est oui pour &lt;b&gt;%1&lt;/b&gt;. La proposition à droite suit les réponses.</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Proposed tier:</source>
        <translation>Niveau de risque proposé&#xa0;:</translation>
    </message>
    <message>
        <source>This assistant paraphrases the EU AI Act (Regulation (EU) 2024/1689) to guide your assessment; it is not legal advice. The Act decides: check the reasoning against the articles cited, and document how you reached the tier.</source>
        <translation>Cet assistant paraphrase le règlement européen sur l’IA (règlement (UE) 2024/1689) pour guider l’évaluation&#xa0;; il ne constitue pas un conseil juridique. Seul le règlement fait foi&#xa0;: vérifier le raisonnement au regard des articles cités, et documenter la manière dont le niveau de risque a été déterminé.</translation>
    </message>
    <message>
        <source>&amp;Apply to system</source>
        <translation>&amp;Appliquer au système</translation>
    </message>
    <message>
        <source>Records the proposed tier on the system, with the reasoning as the reason for the change in the audit trail.</source>
        <translation>Enregistre le niveau de risque proposé pour le système, avec le raisonnement comme motif de la modification dans la piste d’audit.</translation>
    </message>
    <message>
        <source>%1 &lt;span style=&quot;color:%2&quot;&gt;(%3)&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&quot;color:%2&quot;&gt;(%3)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Current tier: &lt;b&gt;%1&lt;/b&gt;. The proposal differs from it.</source>
        <translation>Niveau de risque actuel&#xa0;: &lt;b&gt;%1&lt;/b&gt;. La proposition en diffère.</translation>
    </message>
    <message>
        <source>Current tier: &lt;b&gt;%1&lt;/b&gt;. The proposal agrees with it; there is nothing to apply.</source>
        <translation>Niveau de risque actuel&#xa0;: &lt;b&gt;%1&lt;/b&gt;. La proposition y correspond&#xa0;; il n’y a rien à appliquer.</translation>
    </message>
    <message>
        <source>EU AI Act tier assistant: %1</source>
        <translation>Assistant de niveau de risque (règlement européen sur l’IA)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The tier assistant has not proposed a tier.</source>
        <translation>L’assistant n’a proposé aucun niveau de risque.</translation>
    </message>
    <message>
        <source>The workspace is open read-only, so the tier cannot be changed: %1</source>
        <translation>L’espace de travail est ouvert en lecture seule, le niveau de risque ne peut donc pas être modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>The AI system no longer exists; it may have been deleted.</source>
        <translation>Le système d’IA n’existe plus&#xa0;; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>Lower the Tier?</source>
        <translation>Abaisser le niveau de risque&#xa0;?</translation>
    </message>
    <message>
        <source>The proposal lowers the system&apos;s tier from %1 to %2. Apply it only if every question that applies to the system is answered.</source>
        <translation>La proposition abaisse le niveau de risque du système de %1 à %2. Ne l’appliquez que si chaque question qui concerne le système a reçu une réponse.</translation>
    </message>
</context>
<context>
    <name>attest::ui::Walkthrough</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Getting started · step %1 of %2</source>
        <translation>Premiers pas · étape %1 sur %2</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
</context>
<context>
    <name>attest::ui::WorkspaceSecurityDialog</name>
    <message>
        <source>Workspace Security</source>
        <translation>Sécurité de l’espace de travail</translation>
    </message>
    <message>
        <source>Encryption at rest</source>
        <translation>Chiffrement au repos</translation>
    </message>
    <message>
        <source>Encrypted with XChaCha20-Poly1305 (encryption format %1): every page of the file and of its journal is encrypted and authenticated, so a copy of the file is unreadable without a key and any change to it is detected.</source>
        <translation>Chiffré avec XChaCha20-Poly1305 (format de chiffrement %1)&#xa0;: chaque page du fichier et de son journal est chiffrée et authentifiée&#xa0;; une copie du fichier est donc illisible sans clé, et toute modification qui lui est apportée est détectée.</translation>
    </message>
    <message>
        <source>It opens with:</source>
        <translation>Il s’ouvre avec&#xa0;:</translation>
    </message>
    <message>
        <source>the key in this computer&apos;s keychain</source>
        <translation>la clé du trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>a keychain key, which this computer&apos;s keychain does not hold</source>
        <translation>une clé de trousseau, que le trousseau de cet ordinateur ne contient pas</translation>
    </message>
    <message>
        <source>no keychain key</source>
        <translation>aucune clé de trousseau</translation>
    </message>
    <message>
        <source>its recovery passphrase</source>
        <translation>sa phrase secrète de récupération</translation>
    </message>
    <message>
        <source>no recovery passphrase: without one, the workspace cannot be opened on another computer or after the keychain is lost</source>
        <translation>aucune phrase secrète de récupération&#xa0;: sans elle, l’espace de travail ne peut être ouvert ni sur un autre ordinateur ni après la perte du trousseau</translation>
    </message>
    <message>
        <source>Not encrypted: anyone who gets a copy of the file (a backup, a USB stick, an e-mail attachment) can read everything in it, including its risks, gaps and evidence.</source>
        <translation>Non chiffré&#xa0;: toute personne qui obtient une copie du fichier (une sauvegarde, une clé USB, une pièce jointe à un courriel) peut tout y lire, y compris ses risques, ses écarts et ses preuves.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer: encrypting needs a recovery passphrase, which you then type each time you open the workspace.</source>
        <translation>Aucun trousseau n’est disponible sur cet ordinateur&#xa0;: le chiffrement nécessite une phrase secrète de récupération, que vous saisirez ensuite à chaque ouverture de l’espace de travail.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>&amp;Encrypt This Workspace…</source>
        <translation>&amp;Chiffrer cet espace de travail…</translation>
    </message>
    <message>
        <source>Writes an encrypted copy, checks it, and puts it in place of this file.</source>
        <translation>Écrit une copie chiffrée, la vérifie et la met à la place de ce fichier.</translation>
    </message>
    <message>
        <source>&amp;Change Recovery Passphrase…</source>
        <translation>&amp;Changer la phrase secrète de récupération…</translation>
    </message>
    <message>
        <source>&amp;Set Recovery Passphrase…</source>
        <translation>&amp;Définir une phrase secrète de récupération…</translation>
    </message>
    <message>
        <source>A passphrase opens the workspace on another computer, or when the keychain is lost.</source>
        <translation>Une phrase secrète ouvre l’espace de travail sur un autre ordinateur, ou quand le trousseau est perdu.</translation>
    </message>
    <message>
        <source>&amp;Remove Recovery Passphrase…</source>
        <translation>&amp;Retirer la phrase secrète de récupération…</translation>
    </message>
    <message>
        <source>Only this computer&apos;s keychain will open the workspace.</source>
        <translation>Seul le trousseau de cet ordinateur ouvrira l’espace de travail.</translation>
    </message>
    <message>
        <source>Replace the Encryption &amp;Key…</source>
        <translation>Remplacer la &amp;clé de chiffrement…</translation>
    </message>
    <message>
        <source>Re-encrypts every page with a new key, for example after a copy went astray.</source>
        <translation>Rechiffre chaque page avec une nouvelle clé, par exemple après qu’une copie s’est égarée.</translation>
    </message>
    <message>
        <source>Save a &amp;Decrypted Copy…</source>
        <translation>Enregistrer une copie &amp;déchiffrée…</translation>
    </message>
    <message>
        <source>An unencrypted copy for another tool; the export is recorded in the audit trail.</source>
        <translation>Une copie non chiffrée pour un autre outil&#xa0;; l’export est consigné dans la piste d’audit.</translation>
    </message>
    <message>
        <source>The workspace is open read-only: its security can only be changed, and a decrypted copy (which its audit trail records) only be made, where it opens for writing.</source>
        <translation>L’espace de travail est ouvert en lecture seule&#xa0;: sa sécurité ne peut être modifiée, et une copie déchiffrée (que sa piste d’audit enregistre) ne peut être faite, que là où il s’ouvre en écriture.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>Création de l&apos;espace de travail de démonstration…</translation>
    </message>
    <message>
        <source>Attest: AI governance workbench</source>
        <translation>Attest&#xa0;: atelier de gouvernance de l&apos;IA</translation>
    </message>
    <message>
        <source>Open this workspace file.</source>
        <translation>Ouvrir ce fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>If the workspace does not exist yet, create it with demo content.</source>
        <translation>Si l&apos;espace de travail n&apos;existe pas encore, le créer avec un contenu de démonstration.</translation>
    </message>
    <message>
        <source>Log to the terminal too.</source>
        <translation>Journaliser aussi dans le terminal.</translation>
    </message>
    <message>
        <source>Attest</source>
        <translation>Attest</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>There is no workspace at “%1”.</source>
        <translation>Il n&apos;y a pas d&apos;espace de travail à l&apos;emplacement «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A workspace file to open (the same as --db).</source>
        <translation>Un fichier d’espace de travail à ouvrir (comme --db).</translation>
    </message>
    <message>
        <source>[workspace]</source>
        <translation>[espace de travail]</translation>
    </message>
    <message>
        <source>The demo workspace was not kept: its key could not be stored in the keychain. %1</source>
        <translation>L’espace de travail de démonstration n’a pas été conservé&#xa0;: sa clé n’a pas pu être enregistrée dans le trousseau. %1</translation>
    </message>
</context>
</TS>
